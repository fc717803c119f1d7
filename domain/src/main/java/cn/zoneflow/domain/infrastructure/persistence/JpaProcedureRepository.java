package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.procedure.AgencyAgreement;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.procedure.ProcedureStatus;
import cn.zoneflow.domain.model.procedure.ProcedureTerms;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The catalogue, agreements and project procedures by JPA; the catalogue in the order zones work through it. */
@ApplicationScoped
public class JpaProcedureRepository implements ProcedureRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaProcedureRepository() {
    }

    JpaProcedureRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Procedure> catalogue() {
        return entityManager.createQuery("select p from Procedure p", Procedure.class).getResultStream()
                .sorted(Procedure.WORK_ORDER).toList();
    }

    /** Written directly: the catalogue is read-only reference data in the shared cache, evicted after the change. */
    @Override
    public boolean change(String code, long version, ProcedureTerms terms) {
        return entityManager.createNativeQuery("update procedure_catalogue set name = ?, department = ?,"
                        + " statutory_days = ?, commitment_eligible = ?, regional_assessment = ?, version = version + 1"
                        + " where code = ? and version = ?")
                .setParameter(1, terms.name()).setParameter(2, terms.department())
                .setParameter(3, terms.statutoryDays()).setParameter(4, terms.commitmentEligible())
                .setParameter(5, terms.coveredByRegionalAssessment()).setParameter(6, code).setParameter(7, version)
                .executeUpdate() == 1;
    }

    @Override
    public List<ProjectProcedure> submittedWithoutDeadline() {
        return entityManager.createQuery("select p from ProjectProcedure p where p.dueDate is null"
                        + " and p.status = :deciding", ProjectProcedure.class)
                .setParameter("deciding", ProcedureStatus.IN_PROGRESS)
                .getResultList();
    }

    @Override
    public List<Procedure> catalogueEntries(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Procedure p where p.code in :codes", Procedure.class)
                .setParameter("codes", List.copyOf(codes)).getResultStream().sorted(Procedure.WORK_ORDER).toList();
    }

    @Override
    public ProcedureChecklist checklistOf(long projectId) {
        return new ProcedureChecklist(entityManager.createQuery("""
                select pp from ProjectProcedure pp join fetch pp.procedure
                where pp.project.id = :project""", ProjectProcedure.class)
                .setParameter("project", projectId)
                .getResultStream()
                .sorted(Comparator.comparing(ProjectProcedure::procedure, Procedure.WORK_ORDER))
                .toList());
    }

    @Override
    public Optional<ProjectProcedure> procedureOf(long projectId, String procedureCode) {
        return entityManager.createQuery("""
                select pp from ProjectProcedure pp
                where pp.project.id = :project and pp.procedure.code = :code""", ProjectProcedure.class)
                .setParameter("project", projectId)
                .setParameter("code", procedureCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AgencyAgreement> agreementOf(long projectId) {
        return entityManager.createQuery("select a from AgencyAgreement a where a.project.id = :project",
                AgencyAgreement.class).setParameter("project", projectId).getResultStream().findFirst();
    }

    @Override
    public boolean agreementNumberTaken(String number) {
        return entityManager.createQuery("select count(a) from AgencyAgreement a where a.number = :number", Long.class)
                .setParameter("number", number).getSingleResult() > 0;
    }

    @Override
    public void add(AgencyAgreement agreement) {
        entityManager.persist(agreement);
    }

    @Override
    public void add(ProjectProcedure procedure) {
        entityManager.persist(procedure);
    }
}
