package com.resourcemarket.region;

/** Levels of the region tree: CN → GROUP (七大区) → PROVINCE (省级) → CITY (地级市). */
public enum RegionLevel {
    COUNTRY, GROUP, PROVINCE, CITY
}
