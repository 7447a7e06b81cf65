package com.resourcemarket.catalogue.search;

/** Resources within {@code radiusKm} of a point (great-circle distance). */
public record GeoFilter(double latitude, double longitude, double radiusKm) {

    public GeoFilter {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
        }
        if (!(radiusKm > 0) || radiusKm > 20_100) {
            throw new IllegalArgumentException("radiusKm must be in (0, 20100]: " + radiusKm);
        }
    }
}
