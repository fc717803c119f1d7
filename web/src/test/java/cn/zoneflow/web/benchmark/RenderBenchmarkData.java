package cn.zoneflow.web.benchmark;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Fills a ZoneFlow MariaDB database — one the application has set up, with its demo data — to the size of a
 * province: {@code n} more signed projects over every zone (a tenth of them in 晋中开发区, where the demo officer
 * works), each with its lifecycle waiting in two open tasks for the zone's officers (申请进入下一阶段 and
 * 填报月度完成投资), as the engine itself would store them, and in the inbox's index of open tasks; each with its
 * plan (planned dates and this year's monthly investment, as an approved first version) and the investment completed
 * in the months before December, from none to a little ahead of plan, so that the warning sweep finds every light
 * colour. Rows are written in bulk with MariaDB's sequence engine; ids start far above what the application has
 * handed out.
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.RenderBenchmarkData \
 *   -Dexec.args="jdbc:mysql://127.0.0.1:3306/zoneflow_bench5?user=root&rewriteBatchedStatements=true 100000"
 * </pre>
 */
public final class RenderBenchmarkData {

    /** Far above the ids the application allocates, so neither ever meets the other. */
    private static final long FIRST_ID = 50_000_000L;

    private RenderBenchmarkData() {
    }

    public static void main(String[] arguments) throws SQLException {
        String url = arguments[0];
        int projects = Integer.parseInt(arguments[1]);
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            String definition = single(sql, "SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'projectLifecycle'"
                    + " ORDER BY VERSION_ DESC LIMIT 1");
            long jinzhong = Long.parseLong(single(sql, "SELECT id FROM zone WHERE name = '晋中开发区'"));
            long started = System.nanoTime();
            enterprises(connection, projects);
            for (String statement : statements(projects, definition, jinzhong)) {
                sql.execute(statement);
            }
            System.out.printf("%d projects and %d open tasks written in %.1f s%n", projects, projects * 2,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** One enterprise per project, each with a credit code whose check character is right, as ZoneFlow checks. */
    private static void enterprises(Connection connection, int projects) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enterprise (id, name, credit_code,"
                + " contact_person, contact_phone) VALUES (?, ?, ?, '李经理', '0354-2000000')")) {
            for (int project = 1; project <= projects; project++) {
                insert.setLong(1, FIRST_ID + project);
                insert.setString(2, "基准测试企业" + project);
                insert.setString(3, CreditCode.completing(String.format("91140700B%08d", project)).value());
                insert.addBatch();
                if (project % 5_000 == 0 || project == projects) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static List<String> statements(int projects, String definition, long jinzhong) {
        String instance = "CONCAT('bench-', p.seq)";
        String code = "CONCAT('2025-140700-77-01-', LPAD(p.seq, 6, '0'))";
        return List.of(
                "CREATE TABLE bench_zone AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM zone",
                "CREATE TABLE bench_industry AS SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n FROM industry",
                // a tenth of the projects in 晋中开发区, the rest spread over every zone and industry by their number
                "CREATE TABLE bench_project AS SELECT s.seq, IF(s.seq % 10 = 0, " + jinzhong + ", z.id) AS zone_id,"
                        + " i.code AS industry_code FROM seq_1_to_" + projects + " s"
                        + " JOIN bench_zone z ON z.n = s.seq % (SELECT COUNT(*) FROM zone)"
                        + " JOIN bench_industry i ON i.n = s.seq % (SELECT COUNT(*) FROM industry)",
                "INSERT INTO project (id, code, name, enterprise_id, zone_id, industry_code, strategic_emerging,"
                        + " industrial, total_investment, expected_annual_output, planned_start_date,"
                        + " planned_production_date, stage) SELECT " + FIRST_ID + " + p.seq, " + code + ","
                        + " CONCAT('基准测试项目', p.seq), " + FIRST_ID + " + p.seq, p.zone_id, p.industry_code,"
                        + " p.seq % 3 = 0, TRUE, 5000 + p.seq % 200000, 8000 + p.seq % 300000,"
                        + " DATE '2026-03-01' + INTERVAL p.seq % 300 DAY, DATE '2027-06-01' + INTERVAL p.seq % 300 DAY,"
                        + " 'SIGNED' FROM bench_project p",
                "INSERT INTO stage_move (id, project_id, stage, moved_on, approved_by) SELECT " + FIRST_ID
                        + " + p.seq, " + FIRST_ID + " + p.seq, 'SIGNED', DATE '2025-01-01' + INTERVAL p.seq % 600 DAY,"
                        + " 'benchmark' FROM bench_project p",
                // 18: the engine's flags for an execution that has tasks and variables, so it reads them
                "INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_,"
                        + " PROC_DEF_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_,"
                        + " IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_) SELECT "
                        + instance + ", 1, " + instance + ", " + instance + ", " + code + ", '" + definition
                        + "', 'requestStageMove', CONCAT('requestStageMove:', " + instance + "), TRUE, FALSE, TRUE,"
                        + " FALSE, 1, 18, 3 FROM bench_project p",
                variables(definition, "projectId", "'long'", "CONCAT(" + FIRST_ID + " + p.seq)", FIRST_ID + " + p.seq",
                        "a"),
                variables(definition, "officerGroup", "'string'", "CONCAT('officer:zone-', p.zone_id)", "NULL", "b"),
                tasks(definition, "requestStageMove", "申请进入下一阶段", "a",
                        "DATE '2026-11-20' + INTERVAL p.seq % 40 DAY"),
                tasks(definition, "recordMonthlyProgress", "填报月度完成投资", "b", "DATE '2026-12-10'"),
                "INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) SELECT CONCAT(t.ID_, '-c'), 1,"
                        + " CONCAT('officer:zone-', p.zone_id), 'candidate', t.ID_ FROM ACT_RU_TASK t"
                        + " JOIN bench_project p ON t.PROC_INST_ID_ = " + instance,
                // as the engine's task listener indexes them for the inbox
                "INSERT INTO open_task (task_id, name, task_type, project_id, candidate_group, created_at, due_on,"
                        + " near_from) SELECT t.ID_, t.NAME_, t.TASK_DEF_KEY_, " + FIRST_ID + " + p.seq,"
                        + " CONCAT('officer:zone-', p.zone_id), t.CREATE_TIME_, DATE(t.DUE_DATE_),"
                        + " DATE(t.FOLLOW_UP_DATE_) FROM ACT_RU_TASK t JOIN bench_project p ON t.PROC_INST_ID_ = "
                        + instance,
                // 序时进度: planned dates as on the project, 2026's months planned, January to November completed at
                // between 0 and 112.5 % of plan by the project's number
                "INSERT INTO plan_version (id, project_id, version_no, state, current_plan, planned_start_date,"
                        + " planned_production_date, proposed_by, proposed_at, decided_by, decided_at, version) SELECT "
                        + FIRST_ID + " + p.seq, " + FIRST_ID + " + p.seq, 1, 'APPROVED', TRUE,"
                        + " DATE '2026-03-01' + INTERVAL p.seq % 300 DAY, DATE '2027-06-01' + INTERVAL p.seq % 300 DAY,"
                        + " 'benchmark', TIMESTAMP '2026-01-05 09:00:00', 'benchmark', TIMESTAMP '2026-01-05 09:00:00', 0"
                        + " FROM bench_project p",
                "INSERT INTO plan_month (plan_version_id, month_start, amount) SELECT " + FIRST_ID + " + p.seq,"
                        + " DATE '2026-01-01' + INTERVAL (m.seq - 1) MONTH, 100 + p.seq % 50 FROM bench_project p"
                        + " JOIN seq_1_to_12 m",
                "INSERT INTO monthly_investment (id, project_id, month_start, completed, recorded_by) SELECT "
                        + 2 * FIRST_ID + " + p.seq * 12 + m.seq, " + FIRST_ID + " + p.seq,"
                        + " DATE '2026-01-01' + INTERVAL (m.seq - 1) MONTH, (100 + p.seq % 50) * (p.seq % 10) / 8,"
                        + " 'benchmark' FROM bench_project p JOIN seq_1_to_11 m",
                "DROP TABLE bench_project",
                "DROP TABLE bench_industry",
                "DROP TABLE bench_zone");
    }

    private static String variables(String definition, String name, String type, String text, String number,
            String suffix) {
        String instance = "CONCAT('bench-', p.seq)";
        return "INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,"
                + " TEXT_, LONG_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) SELECT CONCAT(" + instance
                + ", '-" + suffix + "'), 1, " + type + ", '" + name + "', " + instance + ", " + instance + ", '"
                + definition + "', " + text + ", " + number + ", " + instance + ", 1, FALSE FROM bench_project p";
    }

    private static String tasks(String definition, String key, String name, String suffix, String due) {
        String instance = "CONCAT('bench-', p.seq)";
        return "INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,"
                + " PRIORITY_, CREATE_TIME_, DUE_DATE_, FOLLOW_UP_DATE_, SUSPENSION_STATE_) SELECT CONCAT(" + instance
                + ", '-t" + suffix + "'), 1, " + instance + ", " + instance + ", '" + definition + "', '" + name
                + "', '" + key + "', 50, TIMESTAMP '2026-11-01 08:00:00' + INTERVAL p.seq % 43200 MINUTE, " + due + ", "
                + due + " - INTERVAL 2 DAY, 1 FROM bench_project p";
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            if (!result.next()) {
                throw new IllegalStateException("not a ZoneFlow database with its processes deployed: " + query);
            }
            return result.getString(1);
        }
    }
}
