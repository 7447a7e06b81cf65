/**
 * KPIs (效果评估) for staff: match accuracy and docking cycle, overall, per category and per docking manager. Reads
 * demands and cooperations as a read model (HQL over their entities by name, no dependency on their classes) and
 * counts working days with {@link com.resourcemarket.calendar.WorkingDayCalendar}.
 */
package com.resourcemarket.kpi;
