package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.procedure.ProcedureTerms;
import cn.zoneflow.domain.model.procedure.ProcedureTermsInput;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReferenceDataChanged;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The system administrator keeps the procedure catalogue (手续目录) in step with the rules: a department renamed, a
 * statutory limit shortened, an item opened to 承诺制. A change applies from then on — to procedures planned and
 * submitted afterwards; deadlines already counted and procedures already planned stay as they were. Audited, and
 * refused when someone else changed the entry since it was read.
 */
@ApplicationScoped
@Transactional
public class ProcedureAdministration {

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ReferenceDataChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Procedure> catalogue(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return procedures.catalogue();
    }

    /**
     * @param version the entry's version as read
     * @throws InvalidInputException naming every wrong field; nothing is written
     * @throws NoSuchElementException for a code the catalogue does not have
     * @throws OptimisticLockException when the entry changed since it was read
     */
    public ProcedureTerms change(UserAccount actor, String code, long version, ProcedureTermsInput input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        List<Procedure> catalogue = procedures.catalogue();
        Procedure entry = catalogue.stream().filter(procedure -> procedure.code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("procedure " + code));
        ProcedureTerms terms = input.read();
        if (catalogue.stream().anyMatch(other -> !other.code().equals(code) && other.name().equals(terms.name()))) {
            throw InvalidInputException.of("name", "procedure.name.taken", terms.name());
        }
        if (!procedures.change(code, version, terms)) {
            throw new OptimisticLockException("procedure " + code + " changed since version " + version);
        }
        audit.record(AuditEvent.success(AuditAction.PROCEDURE_CHANGED, "procedure", code)
                .withDetail(ProcedureTerms.of(entry).summary() + " → " + terms.summary()));
        changed.fire(new ReferenceDataChanged("procedure catalogue"));
        return terms;
    }
}
