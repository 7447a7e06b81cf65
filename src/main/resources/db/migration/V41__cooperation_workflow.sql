-- Cooperation workflow: what the V40 skeleton lacked.
--  * disputed / cancelled_from: a cancellation may be flagged as a dispute, and the step it ended is kept
--    (both feed the history factor of matching: see docs/cooperation.md).
--  * open_pair: the (demand, resource) pair while the cooperation is open, NULL once it is closed, declined or
--    cancelled; unique, so two racing proposals for the same pair cannot both be open (NULLs never collide).
ALTER TABLE cooperations
    ADD COLUMN disputed       BOOLEAN      NOT NULL DEFAULT FALSE AFTER end_reason,
    ADD COLUMN cancelled_from VARCHAR(16)  NULL AFTER disputed,
    ADD COLUMN open_pair      BINARY(32)   GENERATED ALWAYS AS (
        CASE WHEN status IN ('PROPOSED', 'ACCEPTED', 'NEGOTIATING', 'SIGNED', 'EXECUTING', 'REVIEWED')
             THEN CONCAT(demand_id, resource_id) END) STORED,
    ADD UNIQUE KEY uq_cooperations_open_pair (open_pair),
    ADD KEY idx_cooperations_pair (demander_partner_id, owner_partner_id, status);

-- The timeline also records steps that do not change the status (the first of the two reviews).
ALTER TABLE cooperation_events
    ADD COLUMN action VARCHAR(24) NULL AFTER cooperation_id;
