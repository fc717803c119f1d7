package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.procedure.ProcedureStatus;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.rating.RatingBoard;
import cn.zoneflow.domain.model.rating.RatingInput;
import cn.zoneflow.domain.model.rating.RatingLevel;
import cn.zoneflow.domain.model.rating.RatingRepository;
import cn.zoneflow.domain.model.rating.RatingScores;
import cn.zoneflow.domain.model.rating.ServiceRating;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * 好差评: the enterprise rates a closed procedure of its project, or the zone's agency service as a whole once it has
 * an agency agreement, on the five levels and the national indicators. A 不满意 or 非常不满意 must say why, and goes to
 * the zone at once as a 服务整改 problem: verified, rectified and answered on its deadline, and confirmed by the
 * enterprise, which may then rate again.
 */
@ApplicationScoped
@Transactional
public class ServiceRatings {

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private RatingRepository ratings;

    @Inject
    private ProjectProblems problems;

    @Inject
    private AuditTrail audit;

    /**
     * @throws java.util.NoSuchElementException when the project is not the enterprise's
     * @throws RoleRequiredException for anyone but an enterprise: the zone does not rate itself
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field: an unknown or unclosed
     *     procedure, a service without an agreement, a level missing, a 差评 without its reason; nothing is written
     */
    public ServiceRating rate(UserAccount actor, long projectId, RatingInput input) {
        if (actor.role() != Role.ENTERPRISE) {
            throw new RoleRequiredException(actor, Role.ENTERPRISE);
        }
        Project project = projects.findFor(actor, projectId);
        InputReader reader = new InputReader();
        ProjectProcedure procedure = rated(reader, project, input.procedure());
        RatingLevel overall = reader.required(RatingInput.OVERALL, input.overall(), RatingLevel::parse);
        RatingLevel efficiency = reader.required(RatingInput.EFFICIENCY, input.efficiency(), RatingLevel::parse);
        RatingLevel guide = reader.required(RatingInput.GUIDE_ACCURACY, input.guideAccuracy(), RatingLevel::parse);
        RatingLevel convenience = reader.required(RatingInput.CONVENIENCE, input.convenience(), RatingLevel::parse);
        RatingLevel platform = reader.required(RatingInput.PLATFORM, input.platform(), RatingLevel::parse);
        String comment = reader.text(RatingInput.COMMENT, input.comment(), ServiceRating.COMMENT_MAX_LENGTH,
                overall != null && overall.isBad());
        reader.finish();
        ServiceRating rating = new ServiceRating(project, procedure,
                new RatingScores(overall, efficiency, guide, convenience, platform), comment, actor.username(),
                ChinaTime.nowInChina());
        ratings.add(rating);
        String what = procedure == null ? "agency" : procedure.procedure().code();
        audit.record(AuditEvent.success(AuditAction.SERVICE_RATED, "project", project.code().value())
                .withDetail(what + " " + overall.name()));
        if (rating.isBad()) {
            String service = procedure == null ? "代办服务" : procedure.procedure().name();
            rating.rectifiedThrough(problems.raiseRectification(actor, project,
                    "差评整改：" + service + "评价为" + overall.chineseName() + "。" + comment));
        }
        return rating;
    }

    /**
     * A project's ratings, the latest first, for whoever may read the project.
     *
     * @throws java.util.NoSuchElementException when the project does not exist for the reader
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceRating> ofProject(UserAccount reader, long projectId) {
        return ratings.ofProject(projects.findFor(reader, projectId).id());
    }

    /** 满意率, 差评 and 整改率 of the ratings given within the scope over the period, zone by zone and in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingBoard board(Scope scope, RatePeriod period) {
        return RatingBoard.of(ratings.byZone(scope, period.from(), period.to()));
    }

    /** The closed procedure of the project rated, or none for the agency service, which needs an agreement. */
    private ProjectProcedure rated(InputReader reader, Project project, String code) {
        if (code == null || code.isBlank()) {
            if (procedures.agreementOf(project.id()).isEmpty()) {
                reader.reject(RatingInput.PROCEDURE, "rating.agency.none", "");
            }
            return null;
        }
        Optional<ProjectProcedure> procedure = procedures.checklistOf(project.id()).procedures().stream()
                .filter(candidate -> candidate.procedure().code().equals(code.strip())).findFirst();
        if (procedure.isEmpty()) {
            reader.reject(RatingInput.PROCEDURE, "rating.procedure.unknown", code);
            return null;
        }
        if (procedure.get().status() != ProcedureStatus.CLOSED) {
            reader.reject(RatingInput.PROCEDURE, "rating.procedure.notClosed", procedure.get().procedure().name());
            return null;
        }
        return procedure.get();
    }
}
