package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.InvalidValueException;

/** How the zone went back to the enterprise after its 差评: by telephone, in person, or on line. */
public enum ReturnVisitWay {
    PHONE,
    ON_SITE,
    ONLINE;

    /**
     * A way by its name, as a form or a client sends it.
     *
     * @throws InvalidValueException when it is none of the three
     */
    public static ReturnVisitWay parse(String text) {
        for (ReturnVisitWay way : values()) {
            if (way.name().equals(text)) {
                return way;
            }
        }
        throw new InvalidValueException("problem.returnVisit.way.unknown", text);
    }
}
