package com.resourcemarket.partner;

import java.util.List;

/** The editable part of a partner, as validated input (internal: shared by create and update). */
record PartnerProfile(String nameZh, String nameEn, PartnerType type, List<String> regions,
                      MoneyAmount annualPurchase, List<TagItem> tags, List<ContactInput> contacts) {

    List<String> regionsOrEmpty() {
        return regions == null ? List.of() : regions;
    }

    List<TagItem> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    List<ContactInput> contactsOrEmpty() {
        return contacts == null ? List.of() : contacts;
    }
}
