package cn.zoneflow.domain.model.audit;

import java.util.function.Consumer;

/** Checks the entries handed to it in chain order, each against its predecessor, then the last against the head. */
public final class ChainWalk implements Consumer<AuditEntry> {

    private long expected = 1;
    private String previousHash = AuditEntry.FIRST_PREVIOUS_HASH;
    private long checked;
    private ChainVerification broken;

    @Override
    public void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        if (entry.sequenceNumber() != expected) {
            broken = new ChainVerification(checked, expected, ChainVerification.MISSING);
        } else if (!entry.previousHash().equals(previousHash) || !entry.computeHash().equals(entry.entryHash())) {
            broken = new ChainVerification(checked, entry.sequenceNumber(), ChainVerification.CHANGED);
        } else {
            previousHash = entry.entryHash();
            expected++;
            checked++;
        }
    }

    public ChainVerification result(AuditChainHead head) {
        if (broken != null) {
            return broken;
        }
        if (head.lastSequenceNumber() != checked || !head.lastHash().equals(previousHash)) {
            return new ChainVerification(checked, checked + 1, ChainVerification.TRUNCATED);
        }
        return new ChainVerification(checked, null, null);
    }
}
