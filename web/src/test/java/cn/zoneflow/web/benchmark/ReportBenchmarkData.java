package cn.zoneflow.web.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Gives the projects {@link RenderBenchmarkData} wrote five years of history, so that the reports have a province's
 * worth to add up: signed from 2022 to 2026, four in ten still signed, three started, two producing and one effective,
 * each move dated; twenty "三个一批" activities, a quarter apart, presenting each project in the batch of every stage
 * it reached; for every second project (全代办) its agreement and four procedures, closed once it started; completed
 * investment for the started ones; every third under 承诺制; a standard-land parcel for every fiftieth.
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.ReportBenchmarkData \
 *   -Dexec.args="jdbc:mysql://127.0.0.1:3306/zoneflow_bench5?user=root"
 * </pre>
 */
public final class ReportBenchmarkData {

    /** Where {@link RenderBenchmarkData}'s ids start; each kind of row below takes its own million above it. */
    private static final long FIRST_ID = 50_000_000L;
    private static final int ACTIVITIES = 20;

    private ReportBenchmarkData() {
    }

    public static void main(String[] arguments) throws SQLException {
        try (Connection connection = DriverManager.getConnection(arguments[0]);
                Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            for (String statement : statements()) {
                sql.execute(statement);
            }
            System.out.printf("five years of history written in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static List<String> statements() {
        String seq = "(p.id - " + FIRST_ID + ")";
        // the quarter whose activity presents a project reaching a stage on that day: the first held on or after it
        String quarter = "LEAST(FLOOR(DATEDIFF(%s, DATE '2022-01-01') / 91), " + (ACTIVITIES - 1) + ")";
        return List.of(
                "CREATE TABLE bench_history AS SELECT p.id, " + seq + " AS seq, CASE WHEN " + seq + " % 10 < 4"
                        + " THEN 'SIGNED' WHEN " + seq + " % 10 < 7 THEN 'STARTED' WHEN " + seq + " % 10 < 9"
                        + " THEN 'PRODUCING' ELSE 'EFFECTIVE' END AS stage FROM project p WHERE p.id > " + FIRST_ID,
                // the later the stage, the earlier the signing, so that every move is dated before today
                "ALTER TABLE bench_history ADD COLUMN signed_on DATE, ADD COLUMN started_on DATE,"
                        + " ADD COLUMN producing_on DATE, ADD COLUMN effective_on DATE",
                "UPDATE bench_history SET signed_on = DATE '2022-01-05' + INTERVAL seq % CASE stage"
                        + " WHEN 'SIGNED' THEN 1750 WHEN 'STARTED' THEN 1600 WHEN 'PRODUCING' THEN 1400"
                        + " ELSE 1200 END DAY",
                "UPDATE bench_history SET started_on = IF(stage <> 'SIGNED', signed_on + INTERVAL 120 DAY, NULL),"
                        + " producing_on = IF(stage IN ('PRODUCING', 'EFFECTIVE'), signed_on + INTERVAL 320 DAY, NULL),"
                        + " effective_on = IF(stage = 'EFFECTIVE', signed_on + INTERVAL 520 DAY, NULL)",
                "UPDATE project p JOIN bench_history h ON h.id = p.id SET p.stage = h.stage,"
                        + " p.under_commitment = h.seq % 3 = 0, p.full_agency = h.seq % 2 = 0,"
                        + " p.land_parcel_code = IF(h.seq % 50 = 0, CONCAT('BENCH-', h.seq), NULL)",
                "UPDATE stage_move m JOIN bench_history h ON h.id = m.project_id SET m.moved_on = h.signed_on"
                        + " WHERE m.stage = 'SIGNED'",
                moves("STARTED", "started_on", 1),
                moves("PRODUCING", "producing_on", 2),
                moves("EFFECTIVE", "effective_on", 3),
                "INSERT INTO activity (id, name, held_on, venue) SELECT " + FIRST_ID + " + s.seq,"
                        + " CONCAT('基准测试活动 ', s.seq), DATE '2022-01-01' + INTERVAL (91 * s.seq + 90) DAY, '全省'"
                        + " FROM seq_0_to_" + (ACTIVITIES - 1) + " s",
                entries("SIGNING", "signed_on", quarter, 4),
                entries("STARTING", "started_on", quarter, 5),
                entries("PRODUCING", "producing_on", quarter, 6),
                "INSERT INTO agency_agreement (id, project_id, agreement_number, signed_on, specialist, recorded_by)"
                        + " SELECT " + FIRST_ID + " + 7000000 + h.seq, h.id, CONCAT('BENCH-DB-', h.seq),"
                        + " h.signed_on + INTERVAL 10 DAY, '基准专员', 'benchmark' FROM bench_history h"
                        + " WHERE h.seq % 2 = 0",
                // four procedures per entrusted project: all closed once it started; before that, one closed, one
                // with the department, two to do (under commitment where the project and the procedure allow)
                "INSERT INTO project_procedure (id, project_id, procedure_code, status, committed, handler,"
                        + " submitted_on, due_date, completed_on) SELECT " + FIRST_ID + " + 8000000 + h.seq * 4 + c.n,"
                        + " h.id, c.code, CASE WHEN h.stage <> 'SIGNED' OR c.n = 0 THEN 'CLOSED' WHEN c.n = 1"
                        + " THEN 'IN_PROGRESS' WHEN h.seq % 3 = 0 AND c.eligible THEN 'UNDER_COMMITMENT' ELSE 'PENDING'"
                        + " END, h.seq % 3 = 0 AND c.eligible, '基准专员', IF(h.stage <> 'SIGNED' OR c.n < 2,"
                        + " h.signed_on + INTERVAL 5 DAY, NULL), IF(h.stage <> 'SIGNED' OR c.n < 2,"
                        + " h.signed_on + INTERVAL 35 DAY, NULL), IF(h.stage <> 'SIGNED' OR c.n = 0,"
                        + " h.signed_on + INTERVAL (20 + c.n * 10) DAY, NULL) FROM bench_history h CROSS JOIN"
                        + " (SELECT 0 n, 'LAND_USE' code, FALSE eligible UNION ALL SELECT 1, 'PLANNING_PERMIT', TRUE"
                        + " UNION ALL SELECT 2, 'ENVIRONMENTAL_ASSESSMENT', TRUE UNION ALL"
                        + " SELECT 3, 'CONSTRUCTION_PERMIT', TRUE) c WHERE h.seq % 2 = 0",
                "INSERT INTO monthly_investment (id, project_id, month_start, completed, recorded_by) SELECT "
                        + FIRST_ID + " + 9000000 + h.seq, h.id, DATE_FORMAT(h.started_on, '%Y-%m-01'),"
                        + " p.total_investment * 0.6, 'benchmark' FROM bench_history h JOIN project p ON p.id = h.id"
                        + " WHERE h.started_on IS NOT NULL",
                "INSERT INTO land_parcel (id, code, zone_id, area_mu, sold_on, investment_intensity, output_per_mu,"
                        + " tax_per_mu) SELECT " + FIRST_ID + " + 10000000 + h.seq, CONCAT('BENCH-', h.seq),"
                        + " p.zone_id, 50 + h.seq % 200, h.signed_on - INTERVAL 30 DAY, 300, 400, 20"
                        + " FROM bench_history h JOIN project p ON p.id = h.id WHERE h.seq % 50 = 0",
                "DROP TABLE bench_history",
                // as a database grown by use would have them: without, MariaDB plans the reports' joins on the
                // statistics of the demo data and walks every project for each zone
                "ANALYZE TABLE project, stage_move, open_task, project_procedure, activity_entry, activity,"
                        + " monthly_investment, agency_agreement, land_parcel");
    }

    private static String moves(String stage, String column, int million) {
        return "INSERT INTO stage_move (id, project_id, stage, moved_on, approved_by) SELECT " + FIRST_ID + " + "
                + million + "000000 + h.seq, h.id, '" + stage + "', h." + column + ", 'benchmark' FROM bench_history h"
                + " WHERE h." + column + " IS NOT NULL";
    }

    private static String entries(String batch, String column, String quarter, int million) {
        return "INSERT INTO activity_entry (id, activity_id, project_id, batch) SELECT " + FIRST_ID + " + " + million
                + "000000 + h.seq, " + FIRST_ID + " + " + String.format(quarter, "h." + column) + ", h.id, '" + batch
                + "' FROM bench_history h WHERE h." + column + " IS NOT NULL";
    }
}
