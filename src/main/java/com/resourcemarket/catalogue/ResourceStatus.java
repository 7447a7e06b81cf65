package com.resourcemarket.catalogue;

/** Quality lifecycle of a catalogue resource (see {@link Lifecycle} for the legal moves). */
public enum ResourceStatus {
    DRAFT, SUBMITTED, ACTIVE, REJECTED, SUSPENDED, RECTIFICATION, EXITED
}
