-- The docking manager (对接经理) a resource manager assigned to a demand; the docking-cycle and match-accuracy KPIs
-- are grouped by it ("unassigned" when NULL). A Keycloak username.
ALTER TABLE demands
    ADD COLUMN assigned_manager VARCHAR(255) NULL AFTER submitted_by,
    ADD KEY idx_demands_created (created_at),
    ADD KEY idx_demands_manager (assigned_manager);
