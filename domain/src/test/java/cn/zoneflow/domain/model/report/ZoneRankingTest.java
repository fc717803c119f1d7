package cn.zoneflow.domain.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.supervision.StallKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneRankingTest {

    @Test
    void ranksByClosureRateThenOverdueTasksThenStalledProjectsThenOpenNotices() {
        List<ZoneRanking.Ranked> ranked = ZoneRanking.rank(List.of(
                zone("灵石经开区", 10, 8, 0, 0, 0),
                zone("介休经开区", 10, 10, 3, 0, 0),
                zone("晋中开发区", 10, 10, 1, 2, 0),
                zone("寿阳经开区", 10, 10, 1, 0, 1),
                zone("榆社经开区", 0, 0, 0, 0, 0)));

        assertThat(ranked).extracting(ZoneRanking.Ranked::rank, place -> place.zone().zone())
                .containsExactly(
                        tuple(1, "寿阳经开区"),
                        tuple(2, "晋中开发区"),
                        tuple(3, "介休经开区"),
                        tuple(4, "灵石经开区"),
                        tuple(5, "榆社经开区"));
    }

    @Test
    void zonesEqualInEveryMeasureShareARankAndTheNextSkipsAhead() {
        List<ZoneRanking.Ranked> ranked = ZoneRanking.rank(List.of(
                zone("太谷经开区", 4, 2, 0, 0, 0),
                zone("祁县经开区", 4, 4, 0, 0, 0),
                zone("平遥经开区", 2, 2, 0, 0, 0)));

        assertThat(ranked).extracting(ZoneRanking.Ranked::rank, place -> place.zone().zone())
                .containsExactly(tuple(1, "平遥经开区"), tuple(1, "祁县经开区"), tuple(3, "太谷经开区"));
    }

    @Test
    void theClosureRateKeepsWhatItWasComputedFromAndHasNoPercentWithoutProcedures() {
        ZoneSupervision zone = zone("晋中开发区", 364, 363, 1, 0, 0);

        assertThat(zone.figures().closureRate().percent()).hasToString("99.73");
        assertThat(zone("榆社经开区", 0, 0, 0, 0, 0).figures().closureRate().percent()).isNull();
    }

    private static ZoneSupervision zone(String name, long required, long closed, long tasksOverdue, long stalled,
            long noticesOpen) {
        return new ZoneSupervision("晋中市", name, new SupervisionTally(required, closed, 0, tasksOverdue, noticesOpen,
                Map.of(StallKind.SIGNED_NOT_STARTED, stalled), 0, 0));
    }
}
