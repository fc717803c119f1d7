package cn.zoneflow.domain.model.annualtarget;

import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.Light;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A zone's, city's or the province's progress on every indicator, and its worst light (none without targets). */
public record PlaceProgress(String name, Scope scope, List<TargetProgress> indicators) implements Serializable {

    public PlaceProgress {
        indicators = List.copyOf(indicators);
    }

    public Light light() {
        return indicators.stream().map(TargetProgress::light).filter(Objects::nonNull)
                .reduce((one, other) -> one.isWorseThan(other) ? one : other).orElse(null);
    }

    public TargetProgress of(TargetIndicator indicator) {
        return indicators.stream().filter(progress -> progress.indicator() == indicator).findFirst().orElseThrow();
    }
}
