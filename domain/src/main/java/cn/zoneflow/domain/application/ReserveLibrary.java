package cn.zoneflow.domain.application;

import cn.zoneflow.domain.application.ReportPlaces.Place;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.reserve.ReserveBook;
import cn.zoneflow.domain.model.reserve.ReserveFigures;
import cn.zoneflow.domain.model.reserve.ReservePlace;
import cn.zoneflow.domain.model.reserve.ReserveRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 储备库: the projects a scope holds in reserve with their tiers and what the zone confirmed of the criteria, and
 * how many of those in reserve during a period were signed in it (储备转化率). Zones confirm criteria here; the
 * zone's managers move a project between tiers through {@link ProjectAssignment}, and it leaves the reserve as any
 * project moves on: by an approved request to 签约.
 */
@ApplicationScoped
@Transactional
public class ReserveLibrary {

    @Inject
    private ReserveRepository reserve;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ZoneRepository zones;

    @Inject
    private AuditTrail audit;

    /** The scope's 储备项目册 with the conversion over the period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReserveBook book(Scope scope, RatePeriod period) {
        ReportPlaces within = ReportPlaces.within(scope, zones);
        Map<Long, ReserveFigures> byZone = reserve.figures(scope, period.from(), period.to());
        Map<Place, ReserveFigures> byPlace = new LinkedHashMap<>();
        within.places().forEach(place -> byPlace.put(place, ReserveFigures.NONE));
        ReserveFigures total = ReserveFigures.NONE;
        for (Map.Entry<Long, ReserveFigures> zone : byZone.entrySet()) {
            total = total.plus(zone.getValue());
            Place place = within.of(zone.getKey());
            if (place != null && byPlace.containsKey(place)) {
                byPlace.merge(place, zone.getValue(), ReserveFigures::plus);
            }
        }
        List<ReservePlace> places = byPlace.entrySet().stream()
                .map(entry -> new ReservePlace(entry.getKey().name(), entry.getKey().scope(), entry.getValue()))
                .toList();
        return new ReserveBook(period,
                new ReservePlace(within.scope().name(), scope, total), places, reserve.inReserve(scope));
    }

    /**
     * @throws java.util.NoSuchElementException when the project is not within the scope
     * @throws OptimisticLockException when the project changed since the version the change was made against
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code criteria} when the project is no
     *     longer in reserve or its tier needs a criterion left out; nothing is written
     */
    public Project confirmCriteria(Scope scope, long projectId, ReadCommand<ReserveCriteriaChange> input,
            String confirmedBy) {
        Project project = projects.findWithin(scope, projectId);
        ReserveCriteriaChange change = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(change, refusals);
        if (change.version() != null && project.version() != change.version()) {
            throw new OptimisticLockException("project " + projectId + " changed since version "
                    + change.version());
        }
        if (project.stage() != Stage.RESERVE) {
            refusals.reject(ReserveCriteriaChange.CRITERIA, "reserveTier.notInReserve", project.stage().chineseName());
        } else {
            Set<ReserveCriterion> needed = project.neededByTier(change.criteria());
            if (!needed.isEmpty()) {
                refusals.reject(ReserveCriteriaChange.CRITERIA, "reserveCriteria.neededByTier",
                        ReserveCriterion.listed(needed));
            }
        }
        refusals.finish();
        if (project.confirmCriteria(change.criteria(), ChinaTime.today(), confirmedBy)) {
            projects.flush();
            audit.record(AuditEvent.success(AuditAction.RESERVE_CRITERIA_CONFIRMED, "project", project.code().value())
                    .withDetail(ReserveCriterion.listed(change.criteria())));
        }
        return project;
    }
}
