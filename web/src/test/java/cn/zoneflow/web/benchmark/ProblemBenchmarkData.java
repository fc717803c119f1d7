package cn.zoneflow.web.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Raises {@code n} problems (问题清单) over the projects of a ZoneFlow MariaDB database, so that 问题办理, 总览 and 月通报
 * have a province's worth to count: raised across this year, every category in turn, six in ten solved within two
 * to eight working days, two in hand (some past their deadline), one answered and one waiting to be accepted; every
 * twentieth 马上办, every twenty-fifth passed to its city. Rows are written in bulk with MariaDB's sequence engine;
 * ids start far above what the application hands out.
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.ProblemBenchmarkData \
 *   -Dexec.args="jdbc:mysql://127.0.0.1:3306/zoneflow_bench?user=root 100000"
 * </pre>
 */
public final class ProblemBenchmarkData {

    private static final long FIRST_ID = 70_000_000L;
    private static final String RAISED_ON = "DATE '2026-01-01' + INTERVAL (s.seq % 320) DAY";

    private ProblemBenchmarkData() {
    }

    public static void main(String[] arguments) throws SQLException {
        int problems = Integer.parseInt(arguments[1]);
        try (Connection connection = DriverManager.getConnection(arguments[0]);
                Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            sql.execute("CREATE TABLE bench_projects AS SELECT id, zone_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n"
                    + " FROM project WHERE stage <> 'RESERVE'");
            long projects;
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM bench_projects")) {
                count.next();
                projects = count.getLong(1);
            }
            for (String statement : statements(problems, projects)) {
                sql.execute(statement);
            }
            System.out.printf("%d problems over %d projects written in %.1f s%n", problems, projects,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static List<String> statements(int problems, long projects) {
        String kind = "s.seq % 10";
        return List.of(
                "INSERT INTO project_problem (id, project_id, zone_id, category_code, description, raised_by,"
                        + " raiser_name, raiser_role, raised_on, immediate, responsible, deadline, solving_level,"
                        + " status, rounds, solved_on, solving_days) SELECT " + FIRST_ID + " + s.seq, p.id, p.zone_id,"
                        + " ELT(1 + s.seq % 7, 'LAND', 'FUNDS', 'ASSESSMENT', 'UTILITIES', 'APPROVAL', 'LABOUR',"
                        + " 'OTHER'), CONCAT('基准测试问题 ', s.seq), 'officer.jinzhong', '基准代办员', 'OFFICER', "
                        + RAISED_ON + ", s.seq % 20 = 0, IF(" + kind + " = 9, NULL, '基准责任单位'), IF(" + kind
                        + " = 9, NULL, " + RAISED_ON + " + INTERVAL 14 DAY), IF(s.seq % 25 = 0, 'CITY', 'ZONE'),"
                        + " CASE WHEN " + kind + " < 6 THEN 'SOLVED' WHEN " + kind + " < 8 THEN 'IN_HAND' WHEN "
                        + kind + " = 8 THEN 'ANSWERED' ELSE 'RAISED' END, IF(" + kind + " < 6 OR " + kind
                        + " = 8, 1 + s.seq % 2, 0), IF(" + kind + " < 6, " + RAISED_ON
                        + " + INTERVAL (3 + s.seq % 9) DAY, NULL), IF(" + kind + " < 6, 2 + s.seq % 7, NULL)"
                        + " FROM seq_0_to_" + (problems - 1) + " s JOIN bench_projects p ON p.n = s.seq % " + projects,
                "DROP TABLE bench_projects",
                "ANALYZE TABLE project_problem");
    }
}
