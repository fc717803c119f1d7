package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.StageMove;
import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An installation that kept stage-move history as words (the move's comment '导入' or '市级审批：…', return reasons
 * as the engine's comments) keeps all of it as data after the upgrade.
 */
class StageMoveHistoryMigrationTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_history_migration_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void movesAndReturnedRoundsRecordedAsWordsBecomeData(DatabaseSettings database) throws SQLException {
        DataSource dataSource = new ConfiguredDataSource(database);
        Flyway.configure().configuration(DatabaseMigration.configure(dataSource, database.kind()).getConfiguration())
                .target("20").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into enterprise (id, name, credit_code) values (1, '山西大恒能源科技有限公司', '91350100M000100Y43')");
            sql.execute("""
                    insert into project (id, code, name, enterprise_id, zone_id, industry_code, strategic_emerging,
                        industrial, total_investment, expected_annual_output, stage)
                    select 1, '2024-140700-44-01-000001', '光伏项目', 1, min(id), 'NEW_ENERGY', true, true, 250000, 300000,
                        'PRODUCING' from zone""");
            sql.execute("""
                    insert into project (id, code, name, enterprise_id, zone_id, industry_code, strategic_emerging,
                        industrial, total_investment, expected_annual_output, stage)
                    select 2, '2024-140700-44-01-000002', '储能项目', 1, min(id), 'NEW_ENERGY', false, true, 30000, 40000,
                        'SIGNED' from zone""");
            sql.execute("""
                    insert into stage_move (id, project_id, stage, moved_on, approved_by, evidence, comment_text) values
                        (1, 1, 'SIGNED', '2024-02-23', 'officer.jinzhong', null, '导入'),
                        (2, 1, 'STARTED', '2024-05-10', 'manager.jinzhong', '施工许可证', '市级审批：supervisor.jinzhong'),
                        (3, 1, 'PRODUCING', '2025-03-01', 'manager.jinzhong', '竣工验收', null),
                        (4, 2, 'SIGNED', '2026-06-01', 'officer.jinzhong', null, null)""");
            sql.execute("""
                    insert into open_task (task_id, name, task_type, project_id, candidate_group, created_at) values
                        ('returned', '申请进入下一阶段', 'requestStageMove', 2, 'officer:zone-22', '2026-11-02 09:00:00'),
                        ('notice', '答复督办', 'answerNotice', 1, 'officer:zone-22', '2026-11-03 09:00:00'),
                        ('evaluation', '达效评估', 'evaluateOutput', 1, 'officer:zone-22', '2026-11-03 09:00:00')""");
            // the engine's own tables, as far as the carry-over reads them
            sql.execute("create table ACT_HI_PROCINST (ID_ varchar(64), BUSINESS_KEY_ varchar(255), PROC_DEF_KEY_ varchar(255))");
            sql.execute("""
                    create table ACT_HI_COMMENT (ID_ varchar(64), TYPE_ varchar(255), TIME_ timestamp, USER_ID_ varchar(255),
                        PROC_INST_ID_ varchar(64), MESSAGE_ varchar(4000))""");
            sql.execute("""
                    insert into ACT_HI_PROCINST values ('p1', '2024-140700-44-01-000001', 'projectLifecycle'),
                        ('p3', '2024-140700-44-01-000002', 'projectLifecycle'),
                        ('p2', '2024-140700-44-01-000001', 'monthlyProgress')""");
            sql.execute("""
                    insert into ACT_HI_COMMENT values
                        ('c1', 'comment', '2024-04-20 02:00:00', 'manager.jinzhong', 'p1', '请补充施工许可证扫描件'),
                        ('c2', 'comment', '2025-09-01 02:00:00', 'manager.jinzhong', 'p1', '产值未达预期'),
                        ('c3', 'comment', '2024-06-01 02:00:00', 'officer.jinzhong', 'p2', '已核对'),
                        ('c4', 'comment', '2026-11-01 02:00:00', 'manager.jinzhong', 'p3', '请补充用地批复')""");
        }

        DatabaseMigration.configure(dataSource, database.kind()).migrate();

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select task_id from open_task where attention = 0 order by task_id")) {
            List<String> needingAttention = new ArrayList<>();
            while (rows.next()) {
                needingAttention.add(rows.getString(1));
            }
            assertThat(needingAttention).as("the returned request and the notice, listed first in the inbox")
                    .containsExactly("notice", "returned");
        }

        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(dataSource)) {
            List<StageMove> moves = TestDatabases.read(factory, em -> List.copyOf(em.find(Project.class, 1L).stageMoves()));
            assertThat(moves).extracting(StageMove::stage, StageMove::imported, StageMove::cityApprovedBy).containsExactly(
                    tuple(Stage.SIGNED, true, null),
                    tuple(Stage.STARTED, false, "supervisor.jinzhong"),
                    tuple(Stage.PRODUCING, false, null));

            List<StageMoveRequest> rounds = TestDatabases.read(factory,
                    em -> new JpaStageMoveRequestRepository(em).roundsOf(1L));
            assertThat(rounds).extracting(StageMoveRequest::requestedStage, StageMoveRequest::status,
                    StageMoveRequest::returnReason, round -> round.lastDecidedBy().orElseThrow()).containsExactly(
                    tuple(Stage.STARTED, StageMoveRequest.Status.RETURNED, "请补充施工许可证扫描件", "manager.jinzhong"),
                    tuple(Stage.EFFECTIVE, StageMoveRequest.Status.RETURNED, "产值未达预期", "manager.jinzhong"));
            // the engine wrote its times in the server's zone; rounds keep China's time
            assertThat(rounds.get(0).lastDecidedAt()).contains(LocalDateTime.of(2024, 4, 20, 2, 0)
                    .atZone(ZoneId.systemDefault()).withZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());

            Project project = TestDatabases.read(factory, em -> em.find(Project.class, 1L));
            TestDatabases.write(factory, em -> new JpaStageMoveRequestRepository(em)
                    .add(StageMoveRequest.made(project, "officer.jinzhong", LocalDateTime.of(2026, 1, 5, 9, 0), "年度产值报表")));
            List<StageMoveRequest> afterUpgrade = TestDatabases.read(factory,
                    em -> new JpaStageMoveRequestRepository(em).roundsOf(1L));
            assertThat(afterUpgrade).extracting(StageMoveRequest::id).doesNotHaveDuplicates().hasSize(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewInstallationHasNoEngineTablesYetAndNothingToCarry(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long rounds = TestDatabases.read(factory, em -> em.createQuery("select count(r) from StageMoveRequest r",
                    Long.class).getSingleResult());
            assertThat(rounds).isZero();
        }
    }
}
