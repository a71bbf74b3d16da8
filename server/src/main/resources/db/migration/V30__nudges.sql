-- Nudges: push devices, delivery preferences, the transactional outbox, the in-app inbox and
-- manager announcements. Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

CREATE SEQUENCE nudge_device_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE nudge_preferences_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE nudge_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE nudge_inbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE announcement_seq START WITH 50 INCREMENT BY 50;

-- A push token of one app install. A user has several; a token belongs to one user at a time
-- (re-registering it elsewhere moves it).
CREATE TABLE nudge_device (
    id            BIGINT       NOT NULL PRIMARY KEY,
    org_id        BIGINT       NOT NULL REFERENCES organisation (id),
    user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    token         VARCHAR(512) NOT NULL,
    platform      VARCHAR(16)  NOT NULL,
    app_version   VARCHAR(40),
    locale        VARCHAR(35),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT nudge_device_token_unique UNIQUE (token)
);
CREATE INDEX nudge_device_user ON nudge_device (org_id, user_id);
CREATE INDEX nudge_device_seen ON nudge_device (last_seen_at);

-- Preferences of a user, or (user_id = 0) the organisation's defaults for users without their own.
-- Categories are comma-separated NudgeCategory names that are switched OFF, so a new category
-- starts on.
CREATE TABLE nudge_preferences (
    id              BIGINT       NOT NULL PRIMARY KEY,
    org_id          BIGINT       NOT NULL REFERENCES organisation (id),
    user_id         BIGINT       NOT NULL,
    push_off        VARCHAR(200) NOT NULL,
    inbox_off       VARCHAR(200) NOT NULL,
    quiet_start     VARCHAR(5),
    quiet_end       VARCHAR(5),
    time_zone       VARCHAR(64),
    daily_push_cap  INTEGER      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT nudge_preferences_owner UNIQUE (org_id, user_id)
);

-- The outbox: a row per nudge per recipient, written in the transaction of the change behind it.
-- A dispatcher claims due rows (claimed_until is the lease; an expired lease is claimable again),
-- applies the policies, writes the inbox item and pushes. dedupe_key makes enqueueing idempotent.
CREATE TABLE nudge_outbox (
    id               BIGINT       NOT NULL PRIMARY KEY,
    org_id           BIGINT       NOT NULL REFERENCES organisation (id),
    user_id          BIGINT       NOT NULL REFERENCES app_user (id),
    kind             VARCHAR(40)  NOT NULL,
    variables        TEXT         NOT NULL,
    collapse_key     VARCHAR(64),
    dedupe_key       VARCHAR(120),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    claim_token      VARCHAR(36),
    reason           VARCHAR(300),
    inbox_item_id    BIGINT,
    devices_pushed   INTEGER      NOT NULL,
    pushed_at        TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT nudge_outbox_dedupe UNIQUE (org_id, user_id, dedupe_key)
);
CREATE INDEX nudge_outbox_due ON nudge_outbox (state, next_attempt_at);
CREATE INDEX nudge_outbox_user ON nudge_outbox (org_id, user_id, id);
CREATE INDEX nudge_outbox_pushed ON nudge_outbox (org_id, user_id, pushed_at);

-- What the app's inbox shows: rendered once, in the user's language at the time.
CREATE TABLE nudge_inbox (
    id          BIGINT        NOT NULL PRIMARY KEY,
    org_id      BIGINT        NOT NULL REFERENCES organisation (id),
    user_id     BIGINT        NOT NULL REFERENCES app_user (id),
    outbox_id   BIGINT,
    kind        VARCHAR(40)   NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    body        TEXT          NOT NULL,
    deep_link   VARCHAR(500)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT nudge_inbox_outbox UNIQUE (outbox_id)
);
CREATE INDEX nudge_inbox_user ON nudge_inbox (org_id, user_id, id);

CREATE TABLE announcement (
    id          BIGINT        NOT NULL PRIMARY KEY,
    org_id      BIGINT        NOT NULL REFERENCES organisation (id),
    sender_id   BIGINT        NOT NULL REFERENCES app_user (id),
    headline    VARCHAR(80)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    recipients  INTEGER       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
