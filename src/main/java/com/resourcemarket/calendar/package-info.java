/**
 * The working-day calendar of mainland China (法定节假日 and 调休上班 days) as editable reference data, and
 * {@link com.resourcemarket.calendar.WorkingDayCalendar} counting working days for the KPI "docking cycle
 * &le; 7 working days".
 */
package com.resourcemarket.calendar;
