package com.resourcemarket.partner;

/** What kind of organisation a partner is. */
public enum PartnerType {
    DEALER, BRAND, SUPPLIER, PLATFORM, VENUE, AGENCY, SERVICE_PROVIDER
}
