package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The projects of the province. */
public interface ProjectRepository {

    Optional<Project> find(long id);

    /**
     * A project the scope covers; one outside it does not exist for the caller, whatever its id.
     *
     * @throws NoSuchElementException when there is no such project within the scope
     */
    default Project findWithin(Scope scope, long id) {
        return find(id).filter(project -> scope.covers(project.zone()))
                .orElseThrow(() -> new NoSuchElementException("project " + id));
    }

    Optional<Project> findByCode(ProjectCode code);

    /** The projects recorded under any of the codes, in no order; those not recorded are simply not there. */
    List<Project> findByCodes(Collection<ProjectCode> codes);

    Optional<Industry> industry(String code);

    /** An industry by its code or its name (新能源). */
    Optional<Industry> industryCalled(String written);

    List<Industry> industries();

    /** The projects within the scope matching the filter, one page in the given order, counted in the database. */
    Page<Project> search(Scope scope, ProjectFilter filter, ProjectSort sort, boolean descending, int page, int size);

    /** The projects the leader is in charge of, one page by code, counted in the database. */
    Page<Project> ledBy(UserAccount leader, int page, int size);

    /** The leaders' accounts in charge of some project in the scope, by name. */
    List<UserAccount> leadersWithin(Scope scope);

    /**
     * A project the user may read: one the scope covers, for a leader in charge one they lead, for an enterprise one
     * of its own; any other does not exist for the caller, whatever its id.
     *
     * @throws NoSuchElementException when there is no such project for the user
     */
    default Project findFor(UserAccount reader, long id) {
        if (reader.reach() instanceof Reach.OfEnterprise enterprise) {
            return findOf(enterprise, id);
        }
        return find(id).filter(project -> reader.role() == Role.LEADER ? project.isLedBy(reader)
                : reader.role().worksOnProjects() && reader.scope().covers(project.zone()))
                .orElseThrow(() -> new NoSuchElementException("project " + id));
    }

    /** An enterprise's own projects, by code. */
    List<Project> ofEnterprise(Reach.OfEnterprise enterprise);

    /**
     * One of the enterprise's own projects; any other does not exist for it, whatever its id.
     *
     * @throws NoSuchElementException when the enterprise has no such project
     */
    default Project findOf(Reach.OfEnterprise enterprise, long id) {
        return find(id).filter(project -> project.enterprise().creditCode().equals(enterprise.creditCode()))
                .orElseThrow(() -> new NoSuchElementException("project " + id));
    }

    void add(Project project);

    /** Writes pending changes now, so generated ids are known. */
    void flush();

    long count();

    /** How many projects were invented for the demonstration. */
    long countDemo();

    /** How many projects are real, not the demonstration's. */
    long countReal();
}
