-- Nudge triggers: what has already been told (so bursts of standings changes do not repeat a nudge)
-- and the per-user daily push counter that makes the daily cap hold across dispatchers.
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

-- One row per contest, user and moment told (a prize position, closeness to a target, "ending
-- soon" with user_id = 0 as the claim of the whole contest). The primary key is the dedupe: a second
-- instance inserting the same mark fails and its transaction, with its outbox rows, rolls back.
CREATE TABLE nudge_contest_mark (
    contest_id  BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    mark        VARCHAR(60)  NOT NULL,
    org_id      BIGINT       NOT NULL REFERENCES organisation (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT nudge_contest_mark_pk PRIMARY KEY (contest_id, user_id, mark)
);

-- Pushes reserved for a user in one local day (day_start is the day's first instant in their zone).
-- A dispatcher reserves a slot with a conditional UPDATE (pushes < cap) before it pushes, so two
-- dispatchers cannot both take the last one.
CREATE TABLE nudge_push_day (
    org_id     BIGINT  NOT NULL REFERENCES organisation (id),
    user_id    BIGINT  NOT NULL,
    day_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    pushes     INTEGER NOT NULL,
    CONSTRAINT nudge_push_day_pk PRIMARY KEY (org_id, user_id, day_start)
);
