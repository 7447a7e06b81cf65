package com.resourcemarket.matching;

import java.util.OptionalDouble;
import java.util.UUID;

/** A resource's latest monthly quality result normalised to [0, 1]; absent means neutral (0.5). */
@FunctionalInterface
public interface MonthlyQualityLookup {

    OptionalDouble quality(UUID resourceId);

    static MonthlyQualityLookup none() {
        return id -> OptionalDouble.empty();
    }
}
