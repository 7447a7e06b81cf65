package com.resourcemarket.catalogue.reference;

/**
 * A resource type of the taxonomy with its category and channel, as the catalogue needs it when a resource is
 * filed under a type.
 *
 * @param channel      {@code ONLINE} or {@code OFFLINE}
 * @param categoryCode code of the category above the type, e.g. {@code online.digital-marketing}
 * @param typeCode     code of the type, e.g. {@code online.digital-marketing.content-platform}
 */
public record TaxonomyType(String channel, String categoryCode, String typeCode, String labelZh, String labelEn) {
}
