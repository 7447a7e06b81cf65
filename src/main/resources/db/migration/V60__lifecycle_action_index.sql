-- Catalogue growth KPI: first approval / exit per resource is a GROUP BY over one action's events; this index
-- answers it from the index alone instead of scanning every lifecycle event.
CREATE INDEX idx_lifecycle_action_resource ON resource_lifecycle_events (action, resource_id, occurred_at);
