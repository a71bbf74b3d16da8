-- Recurring contests: every period is a contest row of its own (its standings frozen and readable
-- like any other), linked to the first period of its series and to the period before it. The next
-- period is opened in the same transaction as the previous one's END step, which the scheduler claims
-- with SELECT ... FOR UPDATE SKIP LOCKED; the unique previous_id makes a second opening impossible
-- even so. Written in the SQL both PostgreSQL and H2 (MODE=PostgreSQL) accept.
ALTER TABLE contest ADD COLUMN series_id BIGINT;
ALTER TABLE contest ADD COLUMN previous_id BIGINT;
ALTER TABLE contest ADD CONSTRAINT contest_previous_unique UNIQUE (previous_id);
CREATE INDEX contest_series ON contest (series_id, id);
