package cn.zoneflow.domain.model.problem;

/** Who is solving a problem: the zone, or — when the zone cannot — the city, then the province. */
public enum ProblemLevel {
    ZONE,
    CITY,
    PROVINCE;

    /** The level a problem goes to when this one cannot solve it. */
    public ProblemLevel above() {
        if (this == PROVINCE) {
            throw new IllegalStateException("nothing is above the province");
        }
        return values()[ordinal() + 1];
    }
}
