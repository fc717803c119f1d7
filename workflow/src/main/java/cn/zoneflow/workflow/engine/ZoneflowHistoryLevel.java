package cn.zoneflow.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history as ZoneFlow reads it: the engine's {@code audit} level — process, activity and task instances
 * and each variable's last value, which draw a project's processes and tell who completed a task — and the candidate
 * groups of every task, which tell a user who finds their task completed meanwhile that it was theirs. Not kept: every
 * intermediate value of a variable, the engine's operation log and each decision's inputs and outputs, which nothing
 * reads (ZoneFlow keeps its business history and audit trail itself); under {@code full} they were a third of a
 * project's history and 21 statements of a stage move's 287.
 */
final class ZoneflowHistoryLevel extends HistoryLevelAudit {

    static final ZoneflowHistoryLevel INSTANCE = new ZoneflowHistoryLevel();
    static final String NAME = "zoneflow";
    /** Apart from the engine's own levels, 0 to 3. */
    static final int ID = 23;

    private static final Logger LOG = Logger.getLogger(ZoneflowHistoryLevel.class.getName());
    private static final String FIND = "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'";
    private static final String ADOPT = "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'";

    private ZoneflowHistoryLevel() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return super.isHistoryEventProduced(eventType, entity) || eventType == HistoryEventTypes.IDENTITY_LINK_ADD
                || eventType == HistoryEventTypes.IDENTITY_LINK_DELETE;
    }

    /**
     * The engine refuses to start on a database whose recorded level is another: a database an earlier ZoneFlow kept
     * {@code full} history in is told the new level before the engine starts. The history already written stays.
     * A database without the engine's tables yet is left to the engine, which records the level as it creates them.
     */
    static void adoptIn(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null).next()) {
                return;
            }
            String recorded;
            try (PreparedStatement find = connection.prepareStatement(FIND); ResultSet level = find.executeQuery()) {
                recorded = level.next() ? level.getString(1) : null;
            }
            if (recorded != null && !recorded.equals(String.valueOf(ID))) {
                try (PreparedStatement adopt = connection.prepareStatement(ADOPT)) {
                    adopt.setString(1, String.valueOf(ID));
                    adopt.executeUpdate();
                }
                LOG.info(() -> "The engine's history level " + recorded + " is now " + NAME + " (" + ID + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The engine's history level could not be read or set", e);
        }
    }
}
