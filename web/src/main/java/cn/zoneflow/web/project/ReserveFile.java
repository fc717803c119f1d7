package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.project.CriterionMet;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.project.ReserveTier;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A project's time in the reserve library: the day it entered, every criterion with the day it was confirmed (none
 * when not yet), and each move between tiers. Kept on the project page after signing, as its history.
 */
public record ReserveFile(LocalDate enteredOn, List<CriterionRow> criteria, List<TierMoveRow> moves)
        implements Serializable {

    public ReserveFile {
        criteria = List.copyOf(criteria);
        moves = List.copyOf(moves);
    }

    /** A criterion of the catalogue; confirmed when it has a day. */
    public record CriterionRow(ReserveCriterion criterion, LocalDate confirmedOn, String confirmedBy)
            implements Serializable {

        public boolean met() {
            return confirmedOn != null;
        }
    }

    /** A move from one tier to another; a missing tier is "not graded". */
    public record TierMoveRow(ReserveTier from, ReserveTier to, LocalDate movedOn, String movedBy)
            implements Serializable {
    }

    /**
     * The project's reserve file; null for a project that was never in reserve here, known by its having no day of
     * entry, so that its criteria and moves are not read.
     */
    static ReserveFile of(Project project) {
        if (project.reserveEnteredOn().isEmpty()) {
            return null;
        }
        Map<ReserveCriterion, CriterionMet> met = project.criteriaConfirmed().stream()
                .collect(Collectors.toMap(CriterionMet::criterion, Function.identity()));
        return new ReserveFile(project.reserveEnteredOn().orElse(null),
                Stream.of(ReserveCriterion.values()).map(criterion -> met.containsKey(criterion)
                        ? new CriterionRow(criterion, met.get(criterion).confirmedOn(),
                                met.get(criterion).confirmedBy())
                        : new CriterionRow(criterion, null, null)).toList(),
                project.tierMoves().stream().map(move -> new TierMoveRow(move.fromTier().orElse(null),
                        move.toTier().orElse(null), move.movedOn(), move.movedBy())).toList());
    }
}
