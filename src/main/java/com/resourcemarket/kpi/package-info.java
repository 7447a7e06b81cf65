/**
 * KPIs (效果评估) for staff: match accuracy and docking cycle, overall, per category and per docking manager; catalogue
 * growth per month, overall and per channel. Reads demands, cooperations and the catalogue's lifecycle history as a
 * read model (HQL over their entities by name, native SQL over their tables; no dependency on their classes) and
 * counts working days with {@link com.resourcemarket.calendar.WorkingDayCalendar}.
 */
package com.resourcemarket.kpi;
