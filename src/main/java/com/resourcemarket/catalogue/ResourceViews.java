package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.Capacity;
import com.resourcemarket.catalogue.ResourceDtos.Contact;
import com.resourcemarket.catalogue.ResourceDtos.GeoPoint;
import com.resourcemarket.catalogue.ResourceDtos.PriceQuote;
import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.Tag;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.core.crypto.Masking;

import java.util.List;
import java.util.Map;

/** Entity → API view, in the three shapes callers may see: full, masked contact, public (no contact). */
final class ResourceViews {

    enum ContactVisibility { FULL, MASKED, NONE }

    private ResourceViews() {
    }

    static ResourceView of(Resource resource, Map<String, TagDefinitionView> dictionary, ContactVisibility contact, Double distanceKm) {
        List<Tag> tags = resource.tags.stream().map(tag -> {
            TagDefinitionView definition = dictionary.get(tag.key);
            return new Tag(tag.dimension, tag.key, definition == null ? null : definition.labelZh(),
                    definition == null ? null : definition.labelEn(), tag.textValue, tag.numberValue, tag.unit);
        }).toList();
        return new ResourceView(resource.id, resource.channel, resource.categoryCode, resource.typeCode,
                resource.ownerPartnerId, resource.nameZh, resource.nameEn, resource.description,
                resource.regions.stream().sorted().toList(),
                resource.latitude == null ? null : new GeoPoint(resource.latitude, resource.longitude),
                resource.capacityAmount == null ? null : new Capacity(resource.capacityAmount, resource.capacityUnit),
                resource.priceAmount == null ? null : new PriceQuote(resource.priceAmount, resource.priceCurrency, resource.priceUnit),
                resource.availableFrom, resource.availableTo, contact(resource, contact), tags, resource.grade,
                resource.status, resource.evaluationScore, resource.createdAt, resource.updatedAt, resource.version, distanceKm);
    }

    private static Contact contact(Resource resource, ContactVisibility visibility) {
        if (resource.contactName == null || visibility == ContactVisibility.NONE) {
            return null;
        }
        if (visibility == ContactVisibility.FULL) {
            return new Contact(resource.contactName, resource.contactPhone, resource.contactIdNumber);
        }
        return new Contact(resource.contactName, Masking.phone(resource.contactPhone),
                Masking.idNumber(resource.contactIdNumber));
    }
}
