-- Completed investment (完成投资) a zone records for a project, month by month; it feeds the
-- investment-weighted follow-up rates.
CREATE TABLE monthly_investment (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    month_start DATE NOT NULL,
    completed DECIMAL(18, 4) NOT NULL,
    recorded_by VARCHAR(60) NOT NULL,
    CONSTRAINT uk_monthly_investment UNIQUE (project_id, month_start),
    CONSTRAINT fk_monthly_investment_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('monthly_investment', 0);
