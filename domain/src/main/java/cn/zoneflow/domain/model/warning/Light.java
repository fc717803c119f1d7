package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Collection;
import java.util.Comparator;

/** A warning's colour, in rising order of concern. */
public enum Light {
    /** On plan. */
    GREEN("绿灯"),
    /** Due now or slipping: look at it. */
    YELLOW("黄灯"),
    /** Well behind plan: act. */
    RED("红灯");

    private final String chineseName;

    Light(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The colour as people (红灯) or programs (RED, red) write it. */
    /** The worst light of a project's standing warnings: green without any. */
    public static Light worstOf(Collection<Warning> standing) {
        return standing.stream().map(Warning::light).max(Comparator.naturalOrder()).orElse(GREEN);
    }

    public static Light parse(String text) {
        String written = text == null ? "" : text.strip();
        for (Light light : values()) {
            if (light.chineseName.equals(written) || light.name().equalsIgnoreCase(written)) {
                return light;
            }
        }
        throw new InvalidValueException("light.unknown", written);
    }

    public boolean isWorseThan(Light other) {
        return compareTo(other) > 0;
    }
}
