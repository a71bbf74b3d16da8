-- Platform schema: organisations, teams, users, the activity ledger and idempotency records.
-- Written in the SQL both PostgreSQL and H2 (MODE=PostgreSQL) accept; Flyway runs it on both.
-- Ids come from sequences allocated in blocks of 50 to match the JPA allocationSize.

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id           BIGINT       NOT NULL PRIMARY KEY,
    slug         VARCHAR(64)  NOT NULL UNIQUE,
    name         VARCHAR(200) NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    currency     CHAR(3)      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE team (
    id          BIGINT       NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL REFERENCES organisation (id),
    name        VARCHAR(120) NOT NULL,
    manager_id  BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT team_name_unique UNIQUE (org_id, name)
);

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    org_id        BIGINT       NOT NULL REFERENCES organisation (id),
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    roles         VARCHAR(100) NOT NULL,
    sales_role    VARCHAR(8),
    team_id       BIGINT REFERENCES team (id),
    manager_id    BIGINT REFERENCES app_user (id),
    time_zone     VARCHAR(64),
    locale        VARCHAR(35),
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_email_unique UNIQUE (org_id, email)
);
CREATE INDEX app_user_team ON app_user (org_id, team_id);
CREATE INDEX app_user_manager ON app_user (org_id, manager_id);

ALTER TABLE team ADD CONSTRAINT team_manager_fk FOREIGN KEY (manager_id) REFERENCES app_user (id);

-- Last ledger position handed out per organisation. Ingest locks the row, so positions are
-- gap-free and become visible in commit order: a projector reading "after position P" never
-- skips an entry that commits later.
CREATE TABLE ledger_head (
    org_id    BIGINT NOT NULL PRIMARY KEY REFERENCES organisation (id),
    position  BIGINT NOT NULL
);

-- The ledger: append-only. A correction is a new row pointing at its original (corrects_id);
-- the *_delta columns say what the row changes, so every projection is a plain sum.
CREATE TABLE activity (
    id             BIGINT        NOT NULL PRIMARY KEY,
    org_id         BIGINT        NOT NULL REFERENCES organisation (id),
    position       BIGINT        NOT NULL,
    source         VARCHAR(64)   NOT NULL,
    external_id    VARCHAR(128)  NOT NULL,
    type           VARCHAR(40)   NOT NULL,
    user_id        BIGINT        NOT NULL REFERENCES app_user (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    credited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    amount         NUMERIC(19, 4),
    currency       CHAR(3),
    product        VARCHAR(100),
    deal_id        VARCHAR(128),
    corrects_id    BIGINT REFERENCES activity (id),
    correction     VARCHAR(16),
    count_delta    INTEGER       NOT NULL,
    amount_delta   NUMERIC(19, 4) NOT NULL,
    points_delta   INTEGER       NOT NULL,
    payload_hash   VARCHAR(64)   NOT NULL,
    ingested_by    BIGINT        NOT NULL,
    CONSTRAINT activity_idempotency UNIQUE (org_id, source, external_id),
    CONSTRAINT activity_position UNIQUE (org_id, position)
);
CREATE INDEX activity_user_time ON activity (org_id, user_id, occurred_at);
CREATE INDEX activity_corrects ON activity (corrects_id);

-- Replays of creating requests sent with an Idempotency-Key header.
CREATE TABLE idempotency_record (
    org_id         BIGINT        NOT NULL,
    principal_id   BIGINT        NOT NULL,
    idem_key       VARCHAR(100)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    status         INTEGER       NOT NULL,
    location       VARCHAR(300),
    body           TEXT          NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, principal_id, idem_key)
);
