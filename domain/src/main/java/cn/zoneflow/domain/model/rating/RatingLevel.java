package cn.zoneflow.domain.model.rating;

import cn.zoneflow.domain.model.shared.InvalidValueException;

/** The five levels of 好差评, best first. */
public enum RatingLevel {
    VERY_SATISFIED(5, "非常满意"),
    SATISFIED(4, "满意"),
    FAIRLY_SATISFIED(3, "基本满意"),
    DISSATISFIED(2, "不满意"),
    VERY_DISSATISFIED(1, "非常不满意");

    private final int score;
    private final String chineseName;

    RatingLevel(int score, String chineseName) {
        this.score = score;
        this.chineseName = chineseName;
    }

    /**
     * A level by its name or its score (5 … 1), as a form or a client sends it.
     *
     * @throws InvalidValueException when it is neither
     */
    public static RatingLevel parse(String text) {
        for (RatingLevel level : values()) {
            if (level.name().equals(text) || String.valueOf(level.score).equals(text)) {
                return level;
            }
        }
        throw new InvalidValueException("rating.level.unknown", text);
    }

    /** The level as the national 好差评 standard names it, as the records written from a rating quote it. */
    public String chineseName() {
        return chineseName;
    }

    public int score() {
        return score;
    }

    /** Whether the level is a 差评: 不满意 or 非常不满意, which the zone must verify and rectify. */
    public boolean isBad() {
        return score <= 2;
    }
}
