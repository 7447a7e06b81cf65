-- A partner's statements by month: the latest one is read and locked (SELECT ... FOR UPDATE) by holds, payments and
-- the next month's settlement; without this index those locking reads scan (and lock) every statement row.
CREATE INDEX idx_commission_statements_partner_period ON commission_statements (partner_id, period);
