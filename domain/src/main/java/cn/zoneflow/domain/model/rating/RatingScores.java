package cn.zoneflow.domain.model.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The national indicators of an online service's rating: 整体满意度, which decides whether it is a 差评, and 办事效率,
 * 办事指南精确度, 办事便捷度, 平台操作性.
 */
@Embeddable
public class RatingScores {

    @Enumerated(EnumType.STRING)
    @Column(name = "overall", nullable = false, length = 20)
    private RatingLevel overall;

    @Enumerated(EnumType.STRING)
    @Column(name = "efficiency", nullable = false, length = 20)
    private RatingLevel efficiency;

    @Enumerated(EnumType.STRING)
    @Column(name = "guide_accuracy", nullable = false, length = 20)
    private RatingLevel guideAccuracy;

    @Enumerated(EnumType.STRING)
    @Column(name = "convenience", nullable = false, length = 20)
    private RatingLevel convenience;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", nullable = false, length = 20)
    private RatingLevel platform;

    protected RatingScores() {
    }

    public RatingScores(RatingLevel overall, RatingLevel efficiency, RatingLevel guideAccuracy,
            RatingLevel convenience, RatingLevel platform) {
        this.overall = Objects.requireNonNull(overall, "overall");
        this.efficiency = Objects.requireNonNull(efficiency, "efficiency");
        this.guideAccuracy = Objects.requireNonNull(guideAccuracy, "guideAccuracy");
        this.convenience = Objects.requireNonNull(convenience, "convenience");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    public RatingLevel overall() {
        return overall;
    }

    public RatingLevel efficiency() {
        return efficiency;
    }

    public RatingLevel guideAccuracy() {
        return guideAccuracy;
    }

    public RatingLevel convenience() {
        return convenience;
    }

    public RatingLevel platform() {
        return platform;
    }
}
