package com.resourcemarket.catalogue;

/** The explicit actions that move a resource through its lifecycle. */
public enum LifecycleAction {
    /** Owner (or manager) sends a draft or rejected resource to review; admission rules run. */
    SUBMIT,
    APPROVE,
    REJECT,
    SUSPEND,
    RESUME,
    /** Start the 3-month rectification period (整改期). */
    RECTIFY,
    /** Rectification succeeded: back to ACTIVE. */
    RESTORE,
    /** Rectification failed: the resource leaves the catalogue (退出). */
    EXIT
}
