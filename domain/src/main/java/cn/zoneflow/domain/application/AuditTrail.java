package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditChainHead;
import cn.zoneflow.domain.model.audit.AuditContext;
import cn.zoneflow.domain.model.audit.AuditEntry;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditFilter;
import cn.zoneflow.domain.model.audit.AuditRepository;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.audit.ChainVerification;
import cn.zoneflow.domain.model.audit.ChainWalk;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes and reads the audit trail. What a service did is recorded in the service's own transaction, so it is
 * kept exactly when the work is; what failed or was refused is recorded in a transaction of its own, so the
 * rollback of the work does not take the record with it.
 */
@ApplicationScoped
public class AuditTrail {

    private AuditRepository entries;
    private AuditContext context;

    AuditTrail() {
    }

    @Inject
    public AuditTrail(AuditRepository entries, AuditContext context) {
        this.entries = entries;
        this.context = context;
    }

    /** Records what the current transaction does; it is committed or rolled back with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        append(event);
    }

    /** Records a failure, a refusal or a sign-in, whatever becomes of the transaction around it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(AuditEvent event) {
        append(event);
    }

    /** Records a sign-in attempt under the name it was made with: nobody is signed in yet to take it from. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignIn(String username, AuditResult result, String detail) {
        append(new AuditEvent(AuditAction.LOGIN, "user", username, result, detail), username);
    }

    /** Records that wrong passwords locked the account, apart from the failed sign-in that locked it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAccountLocked(String username) {
        append(new AuditEvent(AuditAction.ACCOUNT_LOCKED, "user", username, AuditResult.SUCCESS, null), username);
    }

    private void append(AuditEvent event) {
        append(event, context.actor());
    }

    private void append(AuditEvent event, String actor) {
        AuditChainHead head = entries.lockedHead();
        entries.add(head.append(LocalDateTime.ofInstant(ChinaTime.now(), ZoneOffset.UTC), actor, context.address(), event));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
        return entries.search(filter, page, size);
    }

    /** Recomputes the chain as far as its head stood when asked, batch by batch; later appends do not disturb it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public ChainVerification verify() {
        AuditChainHead head = entries.head();
        ChainWalk walk = new ChainWalk();
        entries.forEachInOrder(head.lastSequenceNumber(), walk);
        return walk.result(head);
    }
}
