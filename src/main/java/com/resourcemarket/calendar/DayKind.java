package com.resourcemarket.calendar;

/** What an entry of the calendar says about its day. */
public enum DayKind {
    /** A public holiday (法定节假日, including the weekend days of the break): never a working day. */
    HOLIDAY,
    /** A weekend day worked in exchange for a longer holiday (调休上班): a working day. */
    MAKEUP_WORKDAY
}
