-- Incentive compensation: plan versions, assignments, quotas, statements, approvals and an audit
-- trail. Plan versions are immutable (a change is a new version); statements are computed live from
-- the ledger until a manager approves them, then their lines are frozen as JSON.
-- Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL); ids from sequences in blocks of 50.

CREATE SEQUENCE comp_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comp_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comp_quota_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comp_statement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comp_approval_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comp_audit_seq START WITH 50 INCREMENT BY 50;

-- One row per plan version; components is the validated component list as JSON text.
CREATE TABLE comp_plan_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    org_id          BIGINT       NOT NULL REFERENCES organisation (id),
    plan_key        VARCHAR(64)  NOT NULL,
    version         INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    period_kind     VARCHAR(8)   NOT NULL,
    currency        CHAR(3)      NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    components      TEXT         NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT comp_plan_version_unique UNIQUE (org_id, plan_key, version)
);

-- A rep is on one plan version for a range of periods (to_date inclusive, open when null).
CREATE TABLE comp_assignment (
    id            BIGINT      NOT NULL PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organisation (id),
    user_id       BIGINT      NOT NULL REFERENCES app_user (id),
    plan_id       BIGINT      NOT NULL REFERENCES comp_plan_version (id),
    from_date     DATE        NOT NULL,
    to_date       DATE,
    created_by    BIGINT      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comp_assignment_user ON comp_assignment (org_id, user_id);

CREATE TABLE comp_quota (
    id                BIGINT         NOT NULL PRIMARY KEY,
    org_id            BIGINT         NOT NULL REFERENCES organisation (id),
    user_id           BIGINT         NOT NULL REFERENCES app_user (id),
    period_kind       VARCHAR(8)     NOT NULL,
    period_start      DATE           NOT NULL,
    amount            NUMERIC(19, 4) NOT NULL,
    target_incentive  NUMERIC(19, 4) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT comp_quota_unique UNIQUE (org_id, user_id, period_kind, period_start)
);

-- Only approved (frozen) statements have a row; a draft is computed from the ledger on every read.
CREATE TABLE comp_statement (
    id            BIGINT         NOT NULL PRIMARY KEY,
    org_id        BIGINT         NOT NULL REFERENCES organisation (id),
    user_id       BIGINT         NOT NULL REFERENCES app_user (id),
    period_kind   VARCHAR(8)     NOT NULL,
    period_start  DATE           NOT NULL,
    state         VARCHAR(20)    NOT NULL,
    currency      CHAR(3)        NOT NULL,
    earned        NUMERIC(19, 4) NOT NULL,
    adjustments   NUMERIC(19, 4) NOT NULL,
    payable       NUMERIC(19, 4) NOT NULL,
    frozen        TEXT           NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT comp_statement_unique UNIQUE (org_id, user_id, period_kind, period_start)
);
CREATE INDEX comp_statement_state ON comp_statement (org_id, state, period_start);

CREATE TABLE comp_approval (
    id            BIGINT      NOT NULL PRIMARY KEY,
    statement_id  BIGINT      NOT NULL REFERENCES comp_statement (id),
    step          VARCHAR(20) NOT NULL,
    actor_id      BIGINT      NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comp_approval_statement ON comp_approval (statement_id);

-- Every change to compensation data: who, when, what, and the state before and after.
CREATE TABLE comp_audit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL REFERENCES organisation (id),
    actor_id    BIGINT       NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    entity      VARCHAR(40)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX comp_audit_entity ON comp_audit (org_id, entity, entity_id);

-- A rep's question about one statement line, assigned to their manager (admins when none), and its thread.
CREATE SEQUENCE comp_inquiry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comp_inquiry_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE comp_inquiry (
    id            BIGINT       NOT NULL PRIMARY KEY,
    org_id        BIGINT       NOT NULL REFERENCES organisation (id),
    user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    period_kind   VARCHAR(8)   NOT NULL,
    period_start  DATE         NOT NULL,
    line_id       VARCHAR(200) NOT NULL,
    owner_id      BIGINT REFERENCES app_user (id),
    status        VARCHAR(12)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX comp_inquiry_user ON comp_inquiry (org_id, user_id);

CREATE TABLE comp_inquiry_message (
    id          BIGINT NOT NULL PRIMARY KEY,
    inquiry_id  BIGINT NOT NULL REFERENCES comp_inquiry (id),
    author_id   BIGINT NOT NULL REFERENCES app_user (id),
    body        TEXT   NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comp_inquiry_message_inquiry ON comp_inquiry_message (inquiry_id);
