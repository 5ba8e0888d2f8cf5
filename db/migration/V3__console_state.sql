-- RBAC Lab schema, part 3: what a learner's console keeps between commands and across restarts.

-- The console's kubeconfig (after kubectl config use-context / set-context / set-credentials) and the files the
-- learner saved from the YAML pane or wrote with shell redirections, both as JSON. Per learner and sandbox.
CREATE TABLE console_state (
    learner_id  VARCHAR(36)    NOT NULL,
    sandbox_id  VARCHAR(32)    NOT NULL,
    kubeconfig  VARCHAR(200000) NOT NULL,
    files       VARCHAR(1000000) NOT NULL,
    cwd         VARCHAR(1000)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, sandbox_id)
);

-- The prompt a command was typed at: the workstation's, or a pod's shell after kubectl exec -it.
ALTER TABLE console_history ADD COLUMN prompt VARCHAR(200) DEFAULT '$ ' NOT NULL;
