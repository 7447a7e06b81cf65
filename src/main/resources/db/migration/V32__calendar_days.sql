-- Working-day calendar of mainland China (reference data for the KPI "docking cycle <= 7 working days").
-- A day is a working day when it is Monday-Friday and not a HOLIDAY, or when it is a MAKEUP_WORKDAY
-- (调休上班, a weekend day worked in exchange for a longer holiday). Only the exceptions are stored; every
-- other weekday is a working day and every other Saturday/Sunday is not.
--
-- This is editable data: resource managers and admins correct or extend it through PUT/DELETE
-- /api/v1/calendar/days/{date}; the service re-reads it after every change. Add each new year when the State
-- Council publishes its notice (usually in November of the year before).
--
-- Sources (transcribed by hand; weekday of every make-up day checked to be a Saturday or Sunday):
-- * 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12):
--   元旦 Jan 1 (no make-up); 春节 Jan 28-Feb 4, work Jan 26 (Sun) and Feb 8 (Sat); 清明 Apr 4-6;
--   劳动节 May 1-5, work Apr 27 (Sun); 端午 May 31-Jun 2; 国庆+中秋 Oct 1-8, work Sep 28 (Sun) and Oct 11 (Sat).
-- * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, as published by Xinhua):
--   元旦 Jan 1-3, work Jan 4 (Sun); 春节 Feb 15-23, work Feb 14 (Sat) and Feb 28 (Sat); 清明 Apr 4-6;
--   劳动节 May 1-5, work May 9 (Sat); 端午 Jun 19-21; 中秋 Sep 25-27; 国庆 Oct 1-7, work Sep 20 (Sun) and
--   Oct 10 (Sat).
-- Holiday ranges are stored day by day, weekend days included, so a listing shows the whole break.

CREATE TABLE calendar_days (
    day         DATE          NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (day),
    CONSTRAINT ck_calendar_days_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO calendar_days (day, kind, name_zh, name_en, created_at, updated_at) VALUES
('2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-01-26', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-01-28', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-01-29', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-01-30', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-01-31', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-02-01', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-02-02', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-02-03', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-02-04', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-02-08', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-04-04', 'HOLIDAY', '清明节', 'Qingming Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-04-05', 'HOLIDAY', '清明节', 'Qingming Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-04-06', 'HOLIDAY', '清明节', 'Qingming Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-04-27', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-05-01', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-05-02', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-05-03', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-05-04', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-05-31', 'HOLIDAY', '端午节', 'Dragon Boat Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-06-01', 'HOLIDAY', '端午节', 'Dragon Boat Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-09-28', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-04', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-05', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2025-10-11', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-01-04', 'MAKEUP_WORKDAY', '元旦调休上班', 'New Year make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-14', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-15', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-16', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-17', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-18', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-19', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-20', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-21', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-22', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-23', 'HOLIDAY', '春节', 'Spring Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-02-28', 'MAKEUP_WORKDAY', '春节调休上班', 'Spring Festival make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休上班', 'Labour Day make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-09-20', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-01', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-02', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-03', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-04', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-05', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-06', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-07', 'HOLIDAY', '国庆节', 'National Day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休上班', 'National Day make-up working day', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));
