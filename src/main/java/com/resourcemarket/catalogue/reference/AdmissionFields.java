package com.resourcemarket.catalogue.reference;

import java.util.Map;

/** The resource fields an admission rule may name (subject kind FIELD), with their kind and labels. */
final class AdmissionFields {

    record Field(String name, ValueKind kind, String labelZh, String labelEn) {
    }

    static final Map<String, Field> ALL = Map.of(
            "capacityAmount", new Field("capacityAmount", ValueKind.NUMBER, "容量", "Capacity"),
            "priceAmount", new Field("priceAmount", ValueKind.NUMBER, "价格", "Price"),
            "description", new Field("description", ValueKind.TEXT, "资源描述", "Description"),
            "location", new Field("location", ValueKind.FLAG, "位置", "Location"));

    static final String NAMES = "capacityAmount, priceAmount, description, location";

    private AdmissionFields() {
    }
}
