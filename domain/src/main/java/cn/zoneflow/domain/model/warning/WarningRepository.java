package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Warning rules, the standing warnings of projects and their history. */
public interface WarningRepository {

    List<WarningRule> rules();

    InvestmentRule investmentRule();

    /** A project of the pipeline as warnings judge it: its stage and its planned dates. */
    record Planned(long projectId, Stage stage, Map<WarningKind, LocalDate> dates) {
    }

    /** Every signed project not yet 达效, with its planned dates. */
    List<Planned> pipeline();

    /** What each project completed in the year's months before the given one, by project id (none left out). */
    Map<Long, Amount> completedBefore(YearMonth month);

    /** Writes what was changed so far and forgets it: a sweep's memory stays that of one share of projects. */
    void writeAndForget();

    /** The projects with a light on, by id. */
    List<Long> warnedProjects();

    /** The standing warnings of the given projects, by project. */
    Map<Long, List<ProjectWarning>> standing(Collection<Long> projectIds);

    /** The worst standing light of each given project that has one. */
    Map<Long, Light> worstOf(Collection<Long> projectIds);

    /** How many standing warnings of the light (all when null) the scope holds. */
    long count(Scope scope, Light light);

    /** Standing warnings within the scope, optionally of one light and one kind, reddest and longest first. */
    Page<ProjectWarning> within(Scope scope, Light light, WarningKind kind, int page, int size);

    /** A project's changes of colour, newest first. */
    List<WarningChange> historyOf(long projectId);

    void add(ProjectWarning warning);

    void remove(ProjectWarning warning);

    void add(WarningChange change);
}
