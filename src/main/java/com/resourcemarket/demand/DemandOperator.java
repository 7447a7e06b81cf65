package com.resourcemarket.demand;

/**
 * How a must-have constraint compares a resource's tag: EQ (numbers, text, or just "has the flag"), GTE and LTE
 * (numbers), BETWEEN (numbers, both bounds inclusive).
 */
public enum DemandOperator {
    EQ, GTE, LTE, BETWEEN
}
