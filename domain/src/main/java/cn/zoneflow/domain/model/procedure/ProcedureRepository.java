package cn.zoneflow.domain.model.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The procedure catalogue, and each project's agency agreement and procedures. */
public interface ProcedureRepository {

    /** The catalogue, in the order the zones work through it. */
    List<Procedure> catalogue();

    /**
     * Gives the entry new terms, unless it changed since the given version was read.
     *
     * @return whether it was changed; false when it is unknown or another change came first
     */
    boolean change(String code, long version, ProcedureTerms terms);

    /** The catalogue entries with the given codes; unknown codes are left out. */
    List<Procedure> catalogueEntries(Collection<String> codes);

    ProcedureChecklist checklistOf(long projectId);

    /** Procedures a department is deciding whose deadline could not be counted when they were submitted. */
    List<ProjectProcedure> submittedWithoutDeadline();

    Optional<ProjectProcedure> procedureOf(long projectId, String procedureCode);

    Optional<AgencyAgreement> agreementOf(long projectId);

    boolean agreementNumberTaken(String number);

    void add(AgencyAgreement agreement);

    void add(ProjectProcedure procedure);
}
