package com.resourcemarket.matching;

import java.util.OptionalDouble;
import java.util.UUID;

/** A resource's latest monthly quality result normalised to [0, 1]; absent means neutral (0.5). */
@FunctionalInterface
public interface MonthlyQualityLookup {

    OptionalDouble quality(UUID resourceId);

    /** See {@link #none()}. */
    MonthlyQualityLookup NONE = id -> OptionalDouble.empty();

    /** No monthly quality known: neutral (0.5) for all. */
    static MonthlyQualityLookup none() {
        return NONE;
    }
}
