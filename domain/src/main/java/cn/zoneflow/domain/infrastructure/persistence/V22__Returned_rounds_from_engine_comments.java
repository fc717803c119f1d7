package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Carries the reasons managers returned stage-move requests over from the process engine's comments (the only place
 * they were kept until rounds were) into returned rounds. A comment on a project's lifecycle was always such a
 * reason; the stage it asked for is the one after the last move recorded before the day it was returned. On a new
 * installation the engine's tables do not exist yet and there is nothing to carry.
 */
public class V22__Returned_rounds_from_engine_comments extends BaseJavaMigration {

    static final String LIFECYCLE = "projectLifecycle";

    private record ReturnedComment(String projectCode, String returnedBy, LocalDateTime returnedAt, String reason) {
    }

    private record ReturnedRound(long projectId, Stage requestedStage, ReturnedComment comment) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!engineHistoryPresent(connection)) {
            return;
        }
        List<ReturnedRound> rounds = new ArrayList<>();
        for (ReturnedComment comment : comments(connection)) {
            roundOf(connection, comment).ifPresent(rounds::add);
        }
        insert(connection, rounds);
    }

    private static boolean engineHistoryPresent(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData()
                .getTables(connection.getCatalog(), null, "ACT_HI_COMMENT", null)) {
            return tables.next();
        }
    }

    private static List<ReturnedComment> comments(Connection connection) throws SQLException {
        List<ReturnedComment> comments = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select p.BUSINESS_KEY_, c.USER_ID_, c.TIME_, c.MESSAGE_
                from ACT_HI_COMMENT c join ACT_HI_PROCINST p on p.ID_ = c.PROC_INST_ID_
                where p.PROC_DEF_KEY_ = ? and c.TYPE_ = 'comment'
                order by c.TIME_""")) {
            statement.setString(1, LIFECYCLE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp time = rows.getTimestamp(3);
                    comments.add(new ReturnedComment(rows.getString(1), rows.getString(2),
                            LocalDateTime.ofInstant(time.toInstant(), ChinaTime.ZONE),
                            shortened(rows.getString(4))));
                }
            }
        }
        return comments;
    }

    private static String shortened(String reason) {
        return reason == null || reason.length() <= StageMoveRequest.TEXT_MAX_LENGTH ? reason
                : reason.substring(0, StageMoveRequest.TEXT_MAX_LENGTH);
    }

    private static Optional<ReturnedRound> roundOf(Connection connection, ReturnedComment comment)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select p.id, m.stage, m.moved_on from project p left join stage_move m on m.project_id = p.id
                where p.code = ?""")) {
            statement.setString(1, comment.projectCode());
            try (ResultSet rows = statement.executeQuery()) {
                Long projectId = null;
                Stage reached = Stage.RESERVE;
                LocalDate returnedOn = comment.returnedAt().toLocalDate();
                while (rows.next()) {
                    projectId = rows.getLong(1);
                    String stage = rows.getString(2);
                    LocalDate movedOn = rows.getObject(3, LocalDate.class);
                    if (stage != null && movedOn.isBefore(returnedOn) && Stage.valueOf(stage).compareTo(reached) > 0) {
                        reached = Stage.valueOf(stage);
                    }
                }
                if (projectId == null || reached.isFinal()) {
                    return Optional.empty();
                }
                return Optional.of(new ReturnedRound(projectId, reached.next().orElseThrow(), comment));
            }
        }
    }

    private static void insert(Connection connection, List<ReturnedRound> rounds) throws SQLException {
        if (rounds.isEmpty()) {
            return;
        }
        long lastId;
        try (PreparedStatement statement = connection.prepareStatement(
                "select next_val from id_sequence where seq_name = 'stage_move_request'");
                ResultSet row = statement.executeQuery()) {
            row.next();
            lastId = row.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into stage_move_request (id, project_id, requested_stage, status, zone_decided_by,
                    zone_decided_at, return_reason)
                values (?, ?, ?, 'RETURNED', ?, ?, ?)""")) {
            for (ReturnedRound round : rounds) {
                statement.setLong(1, ++lastId);
                statement.setLong(2, round.projectId());
                statement.setString(3, round.requestedStage().name());
                statement.setString(4, round.comment().returnedBy());
                statement.setTimestamp(5, Timestamp.valueOf(round.comment().returnedAt()));
                statement.setString(6, round.comment().reason());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "update id_sequence set next_val = ? where seq_name = 'stage_move_request'")) {
            statement.setLong(1, lastId);
            statement.executeUpdate();
        }
    }
}
