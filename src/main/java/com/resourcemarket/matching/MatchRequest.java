package com.resourcemarket.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The engine's input, independent of the demand entity (a later adapter maps a demand onto it).
 *
 * @param demanderPartnerId the partner the demand is for; its own resources are never matched
 * @param typeCodes         any of these types (empty: any)
 * @param categoryCodes     any of these categories (empty: any)
 * @param channel           ONLINE / OFFLINE, or null for any
 * @param regionCodes       wanted regions: a resource located in one of them matches (its indexed codes are expanded
 *                          upwards, so a Suzhou resource matches a Jiangsu demand); empty: anywhere
 * @param coveringRegionCodes the regions enclosing the wanted ones (their ancestors, e.g. Jiangsu, EAST_CHINA, CN for
 *                          Suzhou): a resource declared for one of them covers the wanted area and matches too
 * @param near              point + radius; when given together with regions, a resource must satisfy both
 * @param quantity          minimum capacity (null: no constraint; resources without a capacity are then excluded)
 * @param budget            compared with the resource's listed price (null: the price factor does not apply)
 * @param windowFrom        availability must overlap [windowFrom, windowTo]; either end may be null (open)
 * @param mustHave          hard tag constraints, all must hold
 * @param niceToHave        preferred tags, scored per dimension
 * @param industryKey       the demander's INDUSTRY tag key: a resource carrying it fits the INDUSTRY dimension
 *                          (counted as a nice-to-have of weight {@link #INDUSTRY_WEIGHT})
 * @param excludedOwners    owner partners never to match (besides the demander itself)
 * @param topN              1..{@link #MAX_TOP_N}
 * @param weights           null means {@link MatchWeights#defaults()}
 */
public record MatchRequest(UUID demanderPartnerId, Set<String> typeCodes, Set<String> categoryCodes, String channel,
                           Set<String> regionCodes, Set<String> coveringRegionCodes, GeoArea near, BigDecimal quantity, BigDecimal budget,
                           LocalDate windowFrom, LocalDate windowTo, List<MustHave> mustHave, List<NiceToHave> niceToHave,
                           String industryKey, Set<UUID> excludedOwners, int topN, MatchWeights weights) {

    public static final int MAX_TOP_N = 200;
    public static final int DEFAULT_TOP_N = 20;
    public static final int INDUSTRY_WEIGHT = 10;

    public MatchRequest {
        Objects.requireNonNull(demanderPartnerId, "demanderPartnerId");
        typeCodes = typeCodes == null ? Set.of() : Set.copyOf(typeCodes);
        categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
        coveringRegionCodes = coveringRegionCodes == null ? Set.of() : Set.copyOf(coveringRegionCodes);
        mustHave = mustHave == null ? List.of() : List.copyOf(mustHave);
        niceToHave = niceToHave == null ? List.of() : List.copyOf(niceToHave);
        excludedOwners = excludedOwners == null ? Set.of() : Set.copyOf(excludedOwners);
        weights = weights == null ? MatchWeights.defaults() : weights;
        if (topN < 1 || topN > MAX_TOP_N) {
            throw new IllegalArgumentException("topN must be within 1.." + MAX_TOP_N);
        }
        if (quantity != null && quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must be >= 0");
        }
        if (budget != null && budget.signum() <= 0) {
            throw new IllegalArgumentException("budget must be > 0");
        }
        if (windowFrom != null && windowTo != null && windowTo.isBefore(windowFrom)) {
            throw new IllegalArgumentException("windowTo is before windowFrom");
        }
        if (industryKey != null && industryKey.isBlank()) {
            industryKey = null;
        }
    }

    /** A request with only the demander and defaults; use the {@code with*} methods in tests and adapters. */
    public static MatchRequest forDemander(UUID demanderPartnerId) {
        return new MatchRequest(demanderPartnerId, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, DEFAULT_TOP_N, null);
    }

    public MatchRequest withTypes(String... codes) {
        return new MatchRequest(demanderPartnerId, Set.of(codes), categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withCategories(String... codes) {
        return new MatchRequest(demanderPartnerId, typeCodes, Set.of(codes), channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withChannel(String value) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, value, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withRegions(String... codes) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, Set.of(codes), coveringRegionCodes, near,
                quantity, budget, windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    /** The wanted regions' ancestors (see {@link #coveringRegionCodes()}); only used together with regions. */
    public MatchRequest withCoveringRegions(String... codes) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, Set.of(codes), near,
                quantity, budget, windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withNear(double latitude, double longitude, double radiusKm) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes,
                new GeoArea(latitude, longitude, radiusKm), quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withQuantity(BigDecimal value) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, value, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withBudget(BigDecimal value) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, value,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withWindow(LocalDate from, LocalDate to) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                from, to, mustHave, niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withMustHave(MustHave... constraints) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, List.of(constraints), niceToHave, industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withNiceToHave(NiceToHave... tags) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, List.of(tags), industryKey, excludedOwners, topN, weights);
    }

    public MatchRequest withIndustry(String key) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, key, excludedOwners, topN, weights);
    }

    public MatchRequest withExcludedOwners(UUID... owners) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, Set.of(owners), topN, weights);
    }

    public MatchRequest withTopN(int n) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, n, weights);
    }

    public MatchRequest withWeights(MatchWeights w) {
        return new MatchRequest(demanderPartnerId, typeCodes, categoryCodes, channel, regionCodes, coveringRegionCodes, near, quantity, budget,
                windowFrom, windowTo, mustHave, niceToHave, industryKey, excludedOwners, topN, w);
    }

    /** A WGS-84 point and a radius (km, > 0). */
    public record GeoArea(double latitude, double longitude, double radiusKm) {
        public GeoArea {
            if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("point is off the globe");
            }
            if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
                throw new IllegalArgumentException("radiusKm must be > 0");
            }
        }
    }

    /**
     * A hard tag constraint. EQ: {@code text} (exact, case-insensitive) or {@code value}, or neither (flag: tag
     * present); GTE/LTE: {@code value}; BETWEEN: {@code value} ≤ x ≤ {@code valueTo}.
     */
    public record MustHave(String key, MatchOperator op, BigDecimal value, BigDecimal valueTo, String text) {
        public MustHave {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("must-have key is required");
            }
            Objects.requireNonNull(op, "op");
            if (text != null && text.isBlank()) {
                text = null;
            }
            switch (op) {
                case EQ -> {
                    if (text != null && value != null) {
                        throw new IllegalArgumentException("EQ takes a number or a text, not both");
                    }
                }
                case GTE, LTE -> {
                    if (value == null) {
                        throw new IllegalArgumentException(op + " needs a value");
                    }
                }
                case BETWEEN -> {
                    if (value == null || valueTo == null || valueTo.compareTo(value) < 0) {
                        throw new IllegalArgumentException("BETWEEN needs value <= valueTo");
                    }
                }
            }
        }

        public static MustHave flag(String key) {
            return new MustHave(key, MatchOperator.EQ, null, null, null);
        }

        public static MustHave text(String key, String text) {
            return new MustHave(key, MatchOperator.EQ, null, null, text);
        }

        public static MustHave number(String key, MatchOperator op, String value) {
            return new MustHave(key, op, new BigDecimal(value), null, null);
        }

        public static MustHave between(String key, String from, String to) {
            return new MustHave(key, MatchOperator.BETWEEN, new BigDecimal(from), new BigDecimal(to), null);
        }
    }

    /**
     * A preferred tag. Without {@code wanted} it fits when present; with it, by closeness of the resource's number.
     *
     * @param dimension the dictionary dimension of the tag (decides which tag-fit factor it feeds)
     * @param weight    1 (slight) to 10 (strong), relative within its dimension
     */
    public record NiceToHave(TagDimension dimension, String key, int weight, BigDecimal wanted) {
        public NiceToHave {
            Objects.requireNonNull(dimension, "dimension");
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("nice-to-have key is required");
            }
            if (weight < 1 || weight > 10) {
                throw new IllegalArgumentException("weight must be within 1..10");
            }
        }
    }
}
