package com.resourcemarket.console;

import com.resourcemarket.partner.ContactInput;
import com.resourcemarket.partner.ContactView;
import com.resourcemarket.partner.MoneyAmount;
import com.resourcemarket.partner.PartnerType;
import com.resourcemarket.partner.PartnerView;
import com.resourcemarket.partner.TagDimension;
import com.resourcemarket.partner.TagItem;
import com.resourcemarket.partner.UpdatePartnerRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleParams.blankToNull;

/**
 * The partner edit form as posted (all text, so bad input comes back next to its field): the profile the partner API
 * lets staff change — names, type, regions, annual purchase, tags and contacts. Tag and contact rows are parallel
 * lists; a contact's e-mail, phone and ID number are shown masked, so an empty box keeps the stored value.
 */
@TemplateData
public class PartnerForm {

    @RestForm public String version;
    @RestForm public String nameZh;
    @RestForm public String nameEn;
    @RestForm public String type;
    /** The "I confirm the change of type" checkbox, asked for when the type changes. */
    @RestForm public String confirmTypeChange;
    @RestForm public String regions;
    @RestForm public String purchaseAmount;
    @RestForm public String purchaseCurrency;
    @RestForm public List<String> tagDimension;
    @RestForm public List<String> tagKey;
    @RestForm public List<String> tagValue;
    @RestForm public List<String> contactId;
    @RestForm public List<String> contactName;
    @RestForm public List<String> contactTitle;
    @RestForm public List<String> contactEmail;
    @RestForm public List<String> contactPhone;
    @RestForm public List<String> contactIdNumber;
    /** Ids of the contacts whose "remove" box is ticked. */
    @RestForm public List<String> contactRemove;

    /** Form row of each tag / contact of the request built by {@link #toRequest}, to put errors on the right row. */
    private final List<Integer> tagRows = new ArrayList<>();
    private final List<Integer> contactRows = new ArrayList<>();

    static final int BLANK_TAG_ROWS = 2;

    static PartnerForm of(PartnerView p) {
        PartnerForm form = new PartnerForm();
        form.version = Long.toString(p.version());
        form.nameZh = p.nameZh();
        form.nameEn = p.nameEn();
        form.type = p.type() == null ? "" : p.type().name();
        form.regions = String.join(", ", p.regions());
        form.purchaseAmount = p.annualPurchase() == null ? "" : p.annualPurchase().amount().toPlainString();
        form.purchaseCurrency = p.annualPurchase() == null ? "CNY" : p.annualPurchase().currency();
        form.tagDimension = new ArrayList<>();
        form.tagKey = new ArrayList<>();
        form.tagValue = new ArrayList<>();
        for (TagItem tag : p.tags()) {
            form.tagDimension.add(tag.dimension().name());
            form.tagKey.add(tag.key());
            form.tagValue.add(tag.value());
        }
        form.contactId = new ArrayList<>();
        form.contactName = new ArrayList<>();
        form.contactTitle = new ArrayList<>();
        form.contactEmail = new ArrayList<>();
        form.contactPhone = new ArrayList<>();
        form.contactIdNumber = new ArrayList<>();
        for (ContactView contact : p.contacts()) {
            form.contactId.add(contact.id().toString());
            form.contactName.add(contact.name());
            form.contactTitle.add(contact.title() == null ? "" : contact.title());
            form.contactEmail.add("");
            form.contactPhone.add("");
            form.contactIdNumber.add("");
        }
        form.contactRemove = new ArrayList<>();
        return form;
    }

    public String value(String field) {
        String value = switch (field) {
            case "nameZh" -> nameZh;
            case "nameEn" -> nameEn;
            case "regions" -> regions;
            case "purchaseAmount" -> purchaseAmount;
            case "purchaseCurrency" -> purchaseCurrency;
            default -> null;
        };
        return value == null ? "" : value;
    }

    boolean typeChangeConfirmed() {
        return "on".equals(confirmTypeChange) || "true".equals(confirmTypeChange);
    }

    /** One tag row of the page. */
    @TemplateData
    public record TagRow(int index, String dimension, String key, String value) {
        public String field(String name) {
            return "tag-" + index + "-" + name;
        }
    }

    /** One contact row of the page: what was typed plus the stored (masked) values of an existing contact. */
    @TemplateData
    public record ContactRow(int index, String id, String name, String title, String email, String phone, String idNumber,
                             ContactView stored, boolean remove) {
        public String field(String name) {
            return "contact-" + index + "-" + name;
        }

        public boolean existing() {
            return id != null && !id.isBlank();
        }
    }

    List<TagRow> tagRowsForPage() {
        List<TagRow> rows = new ArrayList<>();
        int n = size(tagKey);
        for (int i = 0; i < n; i++) {
            rows.add(new TagRow(rows.size(), at(tagDimension, i), at(tagKey, i), at(tagValue, i)));
        }
        long blanks = rows.stream().filter(r -> r.key().isBlank() && r.value().isBlank()).count();
        for (long i = blanks; i < BLANK_TAG_ROWS; i++) {
            rows.add(new TagRow(rows.size(), "", "", ""));
        }
        return rows;
    }

    List<ContactRow> contactRowsForPage(PartnerView stored) {
        Map<String, ContactView> byId = new HashMap<>();
        stored.contacts().forEach(c -> byId.put(c.id().toString(), c));
        List<ContactRow> rows = new ArrayList<>();
        int n = size(contactId);
        boolean blankRow = false;
        for (int i = 0; i < n; i++) {
            String id = at(contactId, i);
            ContactRow row = new ContactRow(rows.size(), id, at(contactName, i), at(contactTitle, i), at(contactEmail, i),
                    at(contactPhone, i), at(contactIdNumber, i), byId.get(id), removed(id));
            blankRow |= !row.existing() && row.name().isBlank();
            rows.add(row);
        }
        if (!blankRow) {
            rows.add(new ContactRow(rows.size(), "", "", "", "", "", "", null, false));
        }
        return rows;
    }

    /** The API request, or what could be built of it; unparseable values go to {@code errors}. */
    UpdatePartnerRequest toRequest(FormErrors errors, ConsoleMessages m) {
        tagRows.clear();
        contactRows.clear();
        Long versionValue = null;
        try {
            versionValue = blank(version) ? null : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            errors.general(m.error_stale());
        }
        PartnerType partnerType = null;
        if (!blank(type)) {
            try {
                partnerType = PartnerType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                errors.put("type", m.v_format());
            }
        }
        List<String> regionList = blank(regions) ? List.of()
                : Arrays.stream(regions.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        MoneyAmount purchase = null;
        if (!blank(purchaseAmount)) {
            try {
                purchase = new MoneyAmount(new BigDecimal(purchaseAmount.strip().replace(",", "")), blankToNull(purchaseCurrency));
            } catch (NumberFormatException e) {
                errors.put("purchaseAmount", m.v_number());
            }
        }
        List<TagItem> tags = new ArrayList<>();
        for (int i = 0; i < size(tagKey); i++) {
            String key = blankToNull(at(tagKey, i));
            String value = blankToNull(at(tagValue, i));
            if (key == null && value == null) {
                continue;
            }
            TagDimension dimension = null;
            String dimensionText = blankToNull(at(tagDimension, i));
            if (dimensionText != null) {
                try {
                    dimension = TagDimension.valueOf(dimensionText);
                } catch (IllegalArgumentException e) {
                    errors.put("tag-" + i + "-dimension", m.v_format());
                }
            }
            tagRows.add(i);
            tags.add(new TagItem(dimension, key, value));
        }
        List<ContactInput> contacts = new ArrayList<>();
        for (int i = 0; i < size(contactId); i++) {
            String id = blankToNull(at(contactId, i));
            UUID contact = null;
            if (id != null) {
                if (removed(id)) {
                    continue;
                }
                try {
                    contact = UUID.fromString(id);
                } catch (IllegalArgumentException e) {
                    errors.put("contact-" + i + "-name", m.v_format());
                    continue;
                }
            }
            String name = blankToNull(at(contactName, i));
            String title = blankToNull(at(contactTitle, i));
            String email = blankToNull(at(contactEmail, i));
            String phone = blankToNull(at(contactPhone, i));
            String idNumber = blankToNull(at(contactIdNumber, i));
            if (contact == null && name == null && title == null && email == null && phone == null && idNumber == null) {
                continue;
            }
            contactRows.add(i);
            // Empty e-mail, phone or ID number of an existing contact: null, which the service reads as "keep".
            contacts.add(new ContactInput(contact, name, title, email, phone, idNumber));
        }
        return new UpdatePartnerRequest(versionValue, blankToNull(nameZh), blankToNull(nameEn), partnerType, regionList, purchase, tags, contacts);
    }

    /** Maps an API property path (contacts[1].email, tags[0].key, annualPurchase.amount) to this form's field. */
    String field(String path) {
        if (path == null) {
            return "";
        }
        if (path.startsWith("regions")) {
            return "regions";
        }
        if (path.startsWith("annualPurchase")) {
            return path.endsWith("currency") ? "purchaseCurrency" : "purchaseAmount";
        }
        String row = row(path, "tags[", tagRows, "tag-", "key");
        if (row != null) {
            return row;
        }
        row = row(path, "contacts[", contactRows, "contact-", "name");
        return row != null ? row : path;
    }

    private static String row(String path, String prefix, List<Integer> rows, String name, String defaultField) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        int end = path.indexOf(']');
        try {
            int index = Integer.parseInt(path.substring(prefix.length(), end));
            int row = index < rows.size() ? rows.get(index) : index;
            String field = end + 2 <= path.length() && path.charAt(end + 1) == '.' ? path.substring(end + 2) : defaultField;
            return name + row + "-" + ("id".equals(field) ? defaultField : field);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean removed(String id) {
        return id != null && contactRemove != null && contactRemove.contains(id);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
