package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.catalogue.search.TagValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Resource fixtures: everything equal unless a test changes it. */
final class Fixtures {

    static final UUID DEMANDER = UUID.fromString("00000000-0000-0000-0000-0000000000d0");
    static final UUID O1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID O2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID O3 = UUID.fromString("00000000-0000-0000-0000-0000000000a3");

    /** People's Square, Shanghai. */
    static final double LAT = 31.2304;
    static final double LON = 121.4737;
    /** Degrees of latitude per km (north-south distance). */
    static final double DEG_PER_KM = 1 / 111.195;

    private Fixtures() {
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("10000000-0000-0000-0000-%012d", n));
    }

    static Res res(int n) {
        return new Res(id(n));
    }

    static TagValue number(String key, double value) {
        return new TagValue("ATTRIBUTE", key, key, key, List.of(), null, BigDecimal.valueOf(value), null);
    }

    static TagValue text(String key, String value) {
        return new TagValue("ATTRIBUTE", key, key, key, List.of(), value, null, null);
    }

    static TagValue flag(String key) {
        return new TagValue("ATTRIBUTE", key, key, key, List.of(), null, null, null);
    }

    static final class Res {
        final UUID id;
        String channel = "OFFLINE";
        String category = "RETAIL";
        String type = "STORE_COUNTER";
        String grade = "IMPORTANT";
        String status = "ACTIVE";
        UUID owner = O1;
        /** Expanded upwards, as the catalogue indexes them. */
        List<String> regions = List.of("310000", "EAST_CHINA", "CN");
        /** As declared; null: the first of {@link #regions}. */
        List<String> declared;
        Double lat = LAT;
        Double lon = LON;
        List<TagValue> tags = new ArrayList<>();
        BigDecimal capacity = new BigDecimal("100");
        BigDecimal price = new BigDecimal("5000");
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = null;
        BigDecimal evaluation = new BigDecimal("80");

        Res(UUID id) {
            this.id = id;
        }

        Res channel(String v) { channel = v; return this; }
        Res category(String v) { category = v; return this; }
        Res type(String v) { type = v; return this; }
        Res grade(String v) { grade = v; return this; }
        Res status(String v) { status = v; return this; }
        Res owner(UUID v) { owner = v; return this; }
        Res regions(String... v) { regions = List.of(v); return this; }
        /** Declared for exactly these codes (e.g. "CN" for the whole country); the expanded list is set separately. */
        Res declared(String... v) { declared = List.of(v); return this; }
        Res at(Double latitude, Double longitude) { lat = latitude; lon = longitude; return this; }
        /** km due north of the reference point. */
        Res northKm(double km) { lat = LAT + km * DEG_PER_KM; lon = LON; return this; }
        Res tag(TagValue t) { tags.add(t); return this; }
        Res capacity(String v) { capacity = v == null ? null : new BigDecimal(v); return this; }
        Res price(String v) { price = v == null ? null : new BigDecimal(v); return this; }
        Res available(LocalDate f, LocalDate t) { from = f; to = t; return this; }
        Res evaluation(String v) { evaluation = v == null ? null : new BigDecimal(v); return this; }

        ResourceDocument doc() {
            List<String> declared = this.declared != null ? this.declared : regions.subList(0, Math.min(1, regions.size()));
            return new ResourceDocument(id, channel, category, type, grade, status, owner, regions, declared, lat, lon,
                    "资源" + id, "Resource " + id, null, tags, capacity, "SLOT", price, "CNY", from, to, evaluation,
                    Instant.parse("2026-11-01T00:00:00Z"));
        }
    }
}
