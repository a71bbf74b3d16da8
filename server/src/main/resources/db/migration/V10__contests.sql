-- Contests: definitions and state, the lifecycle audit, opt-ins, frozen standings, awards and
-- finalisation discrepancies. Written in the SQL both PostgreSQL and H2 (MODE=PostgreSQL) accept.
-- Live standings are not here: they are a Redis projection of the ledger.

CREATE SEQUENCE contest_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contest_step_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contest_opt_in_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contest_standing_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contest_award_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contest_discrepancy_seq START WITH 50 INCREMENT BY 50;

-- One contest. The definition is kept whole as JSON (validated by the pure rules on the way in);
-- the columns beside it are what queries filter on. next_due_at is when the scheduler must look
-- again (null when nothing is time-driven any more); finalised_position is the ledger position the
-- frozen standings were computed at, checked_position how far late corrections have been checked.
CREATE TABLE contest (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    org_id              BIGINT       NOT NULL REFERENCES organisation (id),
    name                VARCHAR(80)  NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    next_due_at         TIMESTAMP WITH TIME ZONE,
    definition          TEXT         NOT NULL,
    created_by          BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finalised_position  BIGINT,
    checked_position    BIGINT
);
CREATE INDEX contest_org ON contest (org_id, id);
CREATE INDEX contest_due ON contest (next_due_at);
CREATE INDEX contest_status ON contest (org_id, status);

-- The lifecycle audit: who took which step, when, from which state to which.
CREATE TABLE contest_step (
    id          BIGINT       NOT NULL PRIMARY KEY,
    contest_id  BIGINT       NOT NULL REFERENCES contest (id),
    seq         INTEGER      NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    from_status VARCHAR(12)  NOT NULL,
    to_status   VARCHAR(12)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contest_step_unique UNIQUE (contest_id, seq)
);

CREATE TABLE contest_opt_in (
    id          BIGINT NOT NULL PRIMARY KEY,
    contest_id  BIGINT NOT NULL REFERENCES contest (id),
    user_id     BIGINT NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contest_opt_in_unique UNIQUE (contest_id, user_id)
);

-- Frozen at finalisation, in listing order (place); a team battle freezes its members and its
-- teams (team = TRUE). reached_at is null for an entrant who never
-- scored; reached_position is the (contest-local) ledger ordinal that made the score.
CREATE TABLE contest_standing (
    id                BIGINT       NOT NULL PRIMARY KEY,
    contest_id        BIGINT       NOT NULL REFERENCES contest (id),
    team              BOOLEAN      NOT NULL,
    place             INTEGER      NOT NULL,
    entrant_id        BIGINT       NOT NULL,
    standing_rank     INTEGER      NOT NULL,
    tied              BOOLEAN      NOT NULL,
    score             BIGINT       NOT NULL,
    reached_at        TIMESTAMP WITH TIME ZONE,
    reached_position  BIGINT       NOT NULL,
    CONSTRAINT contest_standing_unique UNIQUE (contest_id, team, entrant_id)
);

-- One row per prize won (or one row without a prize for a winner beyond the listed prizes).
CREATE TABLE contest_award (
    id            BIGINT        NOT NULL PRIMARY KEY,
    contest_id    BIGINT        NOT NULL REFERENCES contest (id),
    entrant_id    BIGINT        NOT NULL,
    place         INTEGER       NOT NULL,
    shared_place  BOOLEAN       NOT NULL,
    description   VARCHAR(200),
    cash_value    NUMERIC(19,4),
    currency      VARCHAR(3)
);
CREATE INDEX contest_award_contest ON contest_award (contest_id, place);

-- A correction recorded after finalisation that would have changed who won what.
CREATE TABLE contest_discrepancy (
    id                 BIGINT NOT NULL PRIMARY KEY,
    contest_id         BIGINT NOT NULL REFERENCES contest (id),
    ledger_position    BIGINT NOT NULL,
    entrant_id         BIGINT NOT NULL,
    detected_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    no_longer_winning  VARCHAR(2000) NOT NULL,
    newly_winning      VARCHAR(2000) NOT NULL,
    prize_changed      VARCHAR(2000) NOT NULL,
    CONSTRAINT contest_discrepancy_unique UNIQUE (contest_id, ledger_position, entrant_id)
);
