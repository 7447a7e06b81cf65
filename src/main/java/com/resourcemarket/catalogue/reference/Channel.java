package com.resourcemarket.catalogue.reference;

/** Whether a resource is online (线上) or offline (线下). */
public enum Channel {
    ONLINE, OFFLINE
}
