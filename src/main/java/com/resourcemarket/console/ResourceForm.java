package com.resourcemarket.console;

import com.resourcemarket.catalogue.ResourceDtos.Capacity;
import com.resourcemarket.catalogue.ResourceDtos.ContactInput;
import com.resourcemarket.catalogue.ResourceDtos.GeoPoint;
import com.resourcemarket.catalogue.ResourceDtos.PriceQuote;
import com.resourcemarket.catalogue.ResourceDtos.ResourceInput;
import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.Tag;
import com.resourcemarket.catalogue.ResourceDtos.TagInput;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.ValueKind;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleParams.blankToNull;

/** The resource edit form as posted (all text, so bad input comes back next to its field rather than as a 400). */
@TemplateData
public class ResourceForm {

    @RestForm public String ownerPartnerId;
    @RestForm public String typeCode;
    @RestForm public String nameZh;
    @RestForm public String nameEn;
    @RestForm public String description;
    @RestForm public String regions;
    @RestForm public String latitude;
    @RestForm public String longitude;
    @RestForm public String capacityAmount;
    @RestForm public String capacityUnit;
    @RestForm public String priceAmount;
    @RestForm public String priceCurrency;
    @RestForm public String priceUnit;
    @RestForm public String contactName;
    /** A new phone number; empty keeps the stored one (staff never see it whole). */
    @RestForm public String contactPhone;
    /** The stored phone as staff see it (masked), carried through the form for the hint. */
    @RestForm public String contactPhoneMasked;
    /** The "remove the stored phone" checkbox. */
    @RestForm public String removeContactPhone;
    @RestForm public String version;
    @RestForm public List<String> tagKey;
    @RestForm public List<String> tagValue;

    static ResourceForm of(ResourceView r) {
        ResourceForm form = new ResourceForm();
        form.ownerPartnerId = r.ownerPartnerId().toString();
        form.typeCode = r.typeCode();
        form.nameZh = r.nameZh();
        form.nameEn = r.nameEn();
        form.description = r.description();
        form.regions = String.join(", ", r.regions());
        form.latitude = r.location() == null ? null : r.location().latitude().toPlainString();
        form.longitude = r.location() == null ? null : r.location().longitude().toPlainString();
        form.capacityAmount = r.capacity() == null ? null : r.capacity().amount().stripTrailingZeros().toPlainString();
        form.capacityUnit = r.capacity() == null ? null : r.capacity().unit();
        form.priceAmount = r.price() == null ? null : r.price().amount().toPlainString();
        form.priceCurrency = r.price() == null ? "CNY" : r.price().currency();
        form.priceUnit = r.price() == null ? null : r.price().unit();
        form.contactName = r.contact() == null ? null : r.contact().name();
        form.contactPhoneMasked = r.contact() == null ? null : r.contact().phone();
        form.version = Long.toString(r.version());
        form.tagKey = new ArrayList<>();
        form.tagValue = new ArrayList<>();
        for (Tag tag : r.tags()) {
            form.tagKey.add(tag.key());
            form.tagValue.add(tag.numberValue() != null ? tag.numberValue().stripTrailingZeros().toPlainString()
                    : tag.textValue() == null ? "" : tag.textValue());
        }
        return form;
    }

    public boolean removePhone() {
        return "on".equals(removeContactPhone) || "true".equals(removeContactPhone);
    }

    public boolean hasStoredPhone() {
        return !blank(contactPhoneMasked);
    }

    /** A single-value field by name, for the template's loop over the simple fields. */
    public String value(String field) {
        String value = switch (field) {
            case "nameZh" -> nameZh;
            case "nameEn" -> nameEn;
            case "regions" -> regions;
            case "latitude" -> latitude;
            case "longitude" -> longitude;
            case "capacityAmount" -> capacityAmount;
            case "capacityUnit" -> capacityUnit;
            case "priceAmount" -> priceAmount;
            case "priceCurrency" -> priceCurrency;
            case "priceUnit" -> priceUnit;
            case "contactName" -> contactName;
            case "contactPhone" -> contactPhone;
            default -> null;
        };
        return value == null ? "" : value;
    }

    static ResourceForm empty() {
        ResourceForm form = new ResourceForm();
        form.priceCurrency = "CNY";
        form.tagKey = new ArrayList<>();
        form.tagValue = new ArrayList<>();
        return form;
    }

    /** The API input, or null when a field could not even be parsed (errors says which). */
    ResourceInput toInput(Map<String, TagDefinitionView> dictionary, FormErrors errors, ConsoleMessages m) {
        UUID owner = null;
        if (!blank(ownerPartnerId)) {
            try {
                owner = UUID.fromString(ownerPartnerId.strip());
            } catch (IllegalArgumentException e) {
                errors.put("ownerPartnerId", m.v_format());
            }
        }
        List<String> regionList = blank(regions) ? List.of()
                : Arrays.stream(regions.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        GeoPoint location = null;
        BigDecimal lat = number("latitude", latitude, errors, m);
        BigDecimal lon = number("longitude", longitude, errors, m);
        if (lat != null || lon != null) {
            location = new GeoPoint(lat, lon);
        }
        Capacity capacity = null;
        BigDecimal capacityValue = number("capacityAmount", capacityAmount, errors, m);
        if (capacityValue != null || !blank(capacityUnit)) {
            capacity = new Capacity(capacityValue, blankToNull(capacityUnit));
        }
        PriceQuote price = null;
        BigDecimal priceValue = number("priceAmount", priceAmount, errors, m);
        if (priceValue != null || !blank(priceUnit)) {
            price = new PriceQuote(priceValue, blankToNull(priceCurrency), blankToNull(priceUnit));
        }
        // The phone: empty keeps the stored number, the checkbox removes it ("" to the service), a value replaces it.
        // The ID number is not on the form: null keeps it.
        boolean removePhone = removePhone();
        String phone = removePhone ? "" : blankToNull(contactPhone);
        boolean nothingStored = blank(contactPhoneMasked) || removePhone;
        ContactInput contact = blank(contactName) && blank(contactPhone) && nothingStored ? null
                : new ContactInput(blankToNull(contactName), phone, null);
        List<TagInput> tags = new ArrayList<>();
        List<String> keys = tagKey == null ? List.of() : tagKey;
        for (int i = 0; i < keys.size(); i++) {
            String key = blankToNull(keys.get(i));
            String value = tagValue != null && i < tagValue.size() ? blankToNull(tagValue.get(i)) : null;
            if (key == null) {
                continue;
            }
            String field = "tag" + i;
            TagDefinitionView definition = dictionary.get(key);
            if (definition == null) {
                errors.put(field, m.v_unknown_tag(key));
                continue;
            }
            if (definition.valueKind() == ValueKind.NUMBER) {
                BigDecimal number = number(field, value, errors, m);
                if (number == null && !errors.has(field)) {
                    errors.put(field, m.v_tag_needs_number(key));
                }
                tags.add(new TagInput(key, null, number));
            } else if (definition.valueKind() == ValueKind.TEXT) {
                tags.add(new TagInput(key, value, null));
            } else {
                tags.add(new TagInput(key, null, null));
            }
        }
        Long versionValue = null;
        if (!blank(version)) {
            try {
                versionValue = Long.parseLong(version.strip());
            } catch (NumberFormatException e) {
                errors.put("version", m.v_number());
            }
        }
        return new ResourceInput(owner, blankToNull(typeCode), blankToNull(nameZh), blankToNull(nameEn), blankToNull(description), regionList,
                location, capacity, price, null, null, contact, tags, versionValue);
    }

    /** Maps an API property path (capacity.amount, tags[2].numberValue) to this form's field name. */
    static String field(String path) {
        if (path == null) {
            return "";
        }
        if (path.startsWith("tags[")) {
            int end = path.indexOf(']');
            return end > 5 ? "tag" + path.substring(5, end) : "tags";
        }
        return switch (path) {
            case "location", "location.latitude" -> "latitude";
            case "location.longitude" -> "longitude";
            case "capacity", "capacity.amount" -> "capacityAmount";
            case "capacity.unit" -> "capacityUnit";
            case "price", "price.amount" -> "priceAmount";
            case "price.currency" -> "priceCurrency";
            case "price.unit" -> "priceUnit";
            case "contact", "contact.name" -> "contactName";
            case "contact.phone" -> "contactPhone";
            default -> path.startsWith("regions") ? "regions" : path;
        };
    }

    private static BigDecimal number(String field, String text, FormErrors errors, ConsoleMessages m) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, m.v_number());
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
