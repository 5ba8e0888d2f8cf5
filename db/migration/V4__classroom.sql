-- RBAC Lab schema, part 4: instructors, workshops and who joined them.

-- An instructor signs in with a password (bcrypt hash). Admins see every workshop; the first instructor is one.
-- The API token (for graders' scripts) is stored as a SHA-256 hash, shown once when made.
CREATE TABLE instructors (
    id             VARCHAR(36)  PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL UNIQUE,
    password_hash  VARCHAR(100) NOT NULL,
    is_admin       BOOLEAN      NOT NULL,
    api_token_hash VARCHAR(64)  UNIQUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A signed-in browser: the cookie holds <id>.<secret>; only the secret's hash is kept.
CREATE TABLE instructor_sessions (
    id            VARCHAR(36)  PRIMARY KEY,
    instructor_id VARCHAR(36)  NOT NULL,
    secret_hash   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX instructor_sessions_by_instructor ON instructor_sessions (instructor_id);

-- A workshop: the lessons it covers (JSON list of lesson ids), practice or graded, an optional deadline after which
-- graded scores are frozen, and whether learners may still join.
CREATE TABLE workshops (
    id          VARCHAR(36)   PRIMARY KEY,
    code        VARCHAR(16)   NOT NULL UNIQUE,
    title       VARCHAR(200)  NOT NULL,
    owner_id    VARCHAR(36)   NOT NULL,
    mode        VARCHAR(16)   NOT NULL,
    lessons     VARCHAR(4000) NOT NULL,
    deadline    TIMESTAMP WITH TIME ZONE,
    is_open     BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX workshops_by_owner ON workshops (owner_id);

-- A learner in a workshop, under the display name they gave when joining.
CREATE TABLE workshop_members (
    workshop_id  VARCHAR(36)  NOT NULL,
    learner_id   VARCHAR(36)  NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workshop_id, learner_id)
);
CREATE INDEX workshop_members_by_learner ON workshop_members (learner_id);

-- Solutions an instructor revealed to one learner in a graded workshop.
CREATE TABLE revealed_solutions (
    workshop_id  VARCHAR(36)  NOT NULL,
    learner_id   VARCHAR(36)  NOT NULL,
    lesson_id    VARCHAR(100) NOT NULL,
    step_id      VARCHAR(100) NOT NULL,
    revealed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workshop_id, learner_id, lesson_id, step_id)
);

-- Whether any API request of a console command was refused (401/403): a run of these marks a learner as stuck.
ALTER TABLE console_history ADD COLUMN denied BOOLEAN DEFAULT FALSE NOT NULL;
