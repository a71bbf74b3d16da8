-- SPIFF programs and their awards. Awards are recomputed from the ledger and upserted by
-- (program, source activity), so a replayed ledger append can never award twice; every status
-- change is a step row; every change to a program or an award is in spiff_audit (before and after).
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL); ids from sequences in blocks of 50.

CREATE SEQUENCE spiff_program_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE spiff_award_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE spiff_award_step_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE spiff_audit_seq START WITH 50 INCREMENT BY 50;

-- definition is the validated program (the API's SpiffNewProgram) as JSON text; checkpoint is the
-- ledger position the awards were last recomputed at.
CREATE TABLE spiff_program (
    id           BIGINT       NOT NULL PRIMARY KEY,
    org_id       BIGINT       NOT NULL REFERENCES organisation (id),
    name         VARCHAR(200) NOT NULL,
    definition   TEXT         NOT NULL,
    currency     CHAR(3)      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    checkpoint   BIGINT       NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX spiff_program_org ON spiff_program (org_id, id);

CREATE TABLE spiff_award (
    id            BIGINT        NOT NULL PRIMARY KEY,
    org_id        BIGINT        NOT NULL REFERENCES organisation (id),
    program_id    BIGINT        NOT NULL REFERENCES spiff_program (id),
    user_id       BIGINT        NOT NULL REFERENCES app_user (id),
    source_id     BIGINT        NOT NULL,
    qualified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    amount        NUMERIC(19,4) NOT NULL,
    clawback      NUMERIC(19,4) NOT NULL,
    currency      CHAR(3)       NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    reduced       BOOLEAN       NOT NULL,
    explanation   TEXT          NOT NULL,
    paid_at       TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT spiff_award_source UNIQUE (program_id, source_id)
);
CREATE INDEX spiff_award_org_user ON spiff_award (org_id, user_id);
CREATE INDEX spiff_award_org_status ON spiff_award (org_id, status);

-- One row per status an award reached; actor_id is null when the ledger caused it (accrual, clawback).
CREATE TABLE spiff_award_step (
    id        BIGINT      NOT NULL PRIMARY KEY,
    award_id  BIGINT      NOT NULL REFERENCES spiff_award (id),
    status    VARCHAR(16) NOT NULL,
    actor_id  BIGINT,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    note      VARCHAR(1000)
);
CREATE INDEX spiff_award_step_award ON spiff_award_step (award_id, id);

CREATE TABLE spiff_audit (
    id           BIGINT       NOT NULL PRIMARY KEY,
    org_id       BIGINT       NOT NULL REFERENCES organisation (id),
    actor_id     BIGINT,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    entity       VARCHAR(32)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    before_json  TEXT,
    after_json   TEXT
);
CREATE INDEX spiff_audit_entity ON spiff_audit (org_id, entity, entity_id);

-- Other cash rewards on the same way to payroll: contest prizes with a cash value, pulled from
-- finalised contest awards (unique per source, so a repeated pull adds nothing), with the same
-- statuses as SPIFF awards. reference names the origin for payroll, e.g. contest/123.
CREATE SEQUENCE payout_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payout_item (
    id           BIGINT        NOT NULL PRIMARY KEY,
    org_id       BIGINT        NOT NULL REFERENCES organisation (id),
    source       VARCHAR(32)   NOT NULL,
    source_id    BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL REFERENCES app_user (id),
    reference    VARCHAR(64)   NOT NULL,
    description  VARCHAR(300)  NOT NULL,
    amount       NUMERIC(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    earned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at      TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payout_item_source UNIQUE (source, source_id)
);
CREATE INDEX payout_item_org_user ON payout_item (org_id, user_id);
