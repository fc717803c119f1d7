-- The inbox's index of the engine's open tasks: one row per task, kept in the same transaction as the task by an
-- engine-wide task listener. Each inbox reads one zone group's or one person's tasks in deadline order from its
-- own index, instead of joining the engine's tasks, identity links and variables for every page.
CREATE TABLE open_task (
    task_id         VARCHAR(64)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    task_type       VARCHAR(100) NOT NULL,
    project_id      BIGINT       NOT NULL,
    candidate_group VARCHAR(100),
    assignee        VARCHAR(100),
    created_at      TIMESTAMP    NOT NULL,
    due_on          DATE,
    near_from       DATE,
    CONSTRAINT pk_open_task PRIMARY KEY (task_id),
    CONSTRAINT fk_open_task_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};
CREATE INDEX ix_open_task_assignee ON open_task (assignee, due_on, created_at);
CREATE INDEX ix_open_task_group ON open_task (candidate_group, assignee, due_on, created_at);
CREATE INDEX ix_open_task_project ON open_task (project_id);
