package cn.zoneflow.domain.model.audit;

/**
 * The outcome of recomputing the chain: how many entries were checked and, when it is broken, the number of the
 * first entry where it breaks and how: {@link #CHANGED} (its fields or its link no longer hash as stored),
 * {@link #MISSING} (a number is skipped: a row was removed) or {@link #TRUNCATED} (the newest entries are gone).
 */
public record ChainVerification(long checked, Long brokenAt, String problem) {

    public static final String CHANGED = "changed";
    public static final String MISSING = "missing";
    public static final String TRUNCATED = "truncated";

    public boolean intact() {
        return brokenAt == null;
    }
}
