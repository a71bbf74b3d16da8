-- Compensation reads: the audit trail by rep, plan retirement, and the ledger by credited time.
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

-- The rep an audit entry is about, so managers can read their reports' trail without joining every
-- entity table; null for plan versions. Existing rows are filled from the entity they name.
ALTER TABLE comp_audit ADD COLUMN subject_user_id BIGINT;
UPDATE comp_audit SET subject_user_id = (SELECT q.user_id FROM comp_quota q WHERE q.id = comp_audit.entity_id)
    WHERE entity = 'quota';
UPDATE comp_audit SET subject_user_id = (SELECT a.user_id FROM comp_assignment a WHERE a.id = comp_audit.entity_id)
    WHERE entity = 'assignment';
UPDATE comp_audit SET subject_user_id = (SELECT s.user_id FROM comp_statement s WHERE s.id = comp_audit.entity_id)
    WHERE entity = 'statement';
UPDATE comp_audit SET subject_user_id = (SELECT i.user_id FROM comp_inquiry i WHERE i.id = comp_audit.entity_id)
    WHERE entity = 'inquiry';
-- Newest-first pages of the whole organisation and of some reps.
CREATE INDEX comp_audit_org_id ON comp_audit (org_id, id);
CREATE INDEX comp_audit_subject ON comp_audit (org_id, subject_user_id, id);

-- A retired plan version takes no new assignments; existing ones keep running.
ALTER TABLE comp_plan_version ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE comp_plan_version ADD COLUMN retired_by BIGINT;

-- Statements read a period's entries by credited time (a correction is credited at its original's
-- instant), instead of every entry that occurred since the period started.
CREATE INDEX activity_user_credited ON activity (org_id, user_id, credited_at);
