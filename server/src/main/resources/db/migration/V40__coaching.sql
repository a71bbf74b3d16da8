-- Coaching: skill ratings, coaching plans and their items. Portable SQL for PostgreSQL and H2
-- (MODE=PostgreSQL). KPI signals, gaps and heatmaps are computed from the ledger on read and are
-- not stored; plans keep their items as generated so a plan reads the same after the library changes.

CREATE SEQUENCE coaching_rating_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE coaching_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE coaching_plan_item_seq START WITH 50 INCREMENT BY 50;

-- One judgement of one skill of one rep, by the rep's manager (MANAGER) or the rep (SELF).
-- Append-only: the newest per (rep, skill, source) is the one the blend uses; older ones are history.
CREATE TABLE coaching_rating (
    id          BIGINT        NOT NULL PRIMARY KEY,
    org_id      BIGINT        NOT NULL REFERENCES organisation (id),
    rep_id      BIGINT        NOT NULL REFERENCES app_user (id),
    skill_id    VARCHAR(64)   NOT NULL,
    source      VARCHAR(16)   NOT NULL,
    level       INTEGER       NOT NULL,
    note        VARCHAR(2000),
    rated_by    BIGINT        NOT NULL REFERENCES app_user (id),
    rated_on    DATE          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT coaching_rating_level CHECK (level BETWEEN 1 AND 5),
    CONSTRAINT coaching_rating_source CHECK (source IN ('MANAGER', 'SELF'))
);
CREATE INDEX coaching_rating_rep ON coaching_rating (org_id, rep_id, skill_id, source, created_at);

-- A coaching plan; state follows dev.pacesetter.coaching.PlanState. The settings it was generated
-- with are kept so the plan can say how it came about.
CREATE TABLE coaching_plan (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    org_id             BIGINT        NOT NULL REFERENCES organisation (id),
    rep_id             BIGINT        NOT NULL REFERENCES app_user (id),
    manager_id         BIGINT        NOT NULL REFERENCES app_user (id),
    sales_role         VARCHAR(8)    NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    paused_from        VARCHAR(16),
    starts_on          DATE          NOT NULL,
    weeks              INTEGER       NOT NULL,
    top_gaps           INTEGER       NOT NULL,
    weekly_minutes     INTEGER       NOT NULL,
    notes              VARCHAR(4000) NOT NULL,
    reason             VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    ended_at           TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL
);
CREATE INDEX coaching_plan_rep ON coaching_plan (org_id, rep_id, id);
CREATE INDEX coaching_plan_state ON coaching_plan (org_id, state);

-- One activity or manager check-in of a plan. Skill ids are comma-separated (a handful at most).
-- A DRAFT's items are rewritten on every edit, so seq is unique per plan only by the service's rule.
CREATE TABLE coaching_plan_item (
    id                BIGINT        NOT NULL PRIMARY KEY,
    plan_id           BIGINT        NOT NULL REFERENCES coaching_plan (id),
    org_id            BIGINT        NOT NULL REFERENCES organisation (id),
    seq               INTEGER       NOT NULL,
    week              INTEGER       NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    activity_id       VARCHAR(80),
    title             VARCHAR(200)  NOT NULL,
    skill_ids         VARCHAR(500)  NOT NULL,
    level             INTEGER       NOT NULL,
    minutes           INTEGER       NOT NULL,
    due_on            DATE          NOT NULL,
    why               VARCHAR(4000) NOT NULL,
    over_capacity     BOOLEAN       NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    evidence_note     VARCHAR(2000),
    evidence_link     VARCHAR(2000),
    sent_back_reason  VARCHAR(2000),
    done_at           TIMESTAMP WITH TIME ZONE,
    verified_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX coaching_plan_item_plan ON coaching_plan_item (plan_id, seq);
CREATE INDEX coaching_plan_item_due ON coaching_plan_item (due_on, state);
