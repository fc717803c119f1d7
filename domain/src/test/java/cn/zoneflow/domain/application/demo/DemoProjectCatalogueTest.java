package cn.zoneflow.domain.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoProjectCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("清徐开发区", "140100"), Map.entry("云州现代农业产业示范区", "140200"),
            Map.entry("阳泉高新区", "140300"), Map.entry("长治高新区", "140400"), Map.entry("晋城经济技术开发区", "140500"),
            Map.entry("朔州经济开发区", "140600"), Map.entry("怀仁经济开发区", "140600"), Map.entry("平鲁经济开发区", "140600"),
            Map.entry("右玉示范区", "140600"), Map.entry("晋中开发区", "140700"), Map.entry("寿阳经济开发区", "140700"),
            Map.entry("平遥经济开发区", "140700"), Map.entry("运城经济技术开发区", "140800"),
            Map.entry("忻州经济开发区", "140900"), Map.entry("原平经济开发区", "140900"), Map.entry("临汾经济开发区", "141000"),
            Map.entry("吕梁经济开发区", "141100"), Map.entry("兴县经济开发区", "141100"), Map.entry("方山示范区", "141100"));

    private final List<DemoProject> projects = new DemoProjectCatalogue(TODAY, ZONES).projects();

    @Test
    void holdsTheNamedProjectsAndAFewHundredMore() {
        assertThat(projects).hasSizeGreaterThan(DemoProjectCatalogue.GENERATED);
        assertThat(projects).extracting(DemoProject::name).contains("大恒能源10GW光伏垂直一体化项目", "沐邦硅晶拉棒项目");
        assertThat(projects).filteredOn(p -> p.name().equals("大恒能源10GW光伏垂直一体化项目"))
                .singleElement().extracting(p -> p.totalInvestment().inYi().toPlainString()).isEqualTo("50.00");
    }

    @Test
    void coversEveryCityAndEveryStage() {
        assertThat(projects).extracting(p -> ZONES.get(p.zoneName())).containsAll(ZONES.values());
        assertThat(projects).extracting(DemoProject::stage)
                .contains(Stage.SIGNED, Stage.STARTED, Stage.PRODUCING, Stage.EFFECTIVE);
    }

    @Test
    void givesValidUniqueCodesAndNoStageInTheFuture() {
        assertThat(projects).extracting(DemoProject::code).doesNotHaveDuplicates()
                .allSatisfy(ProjectCode::of);
        assertThat(projects).extracting(DemoProject::creditCode).allSatisfy(CreditCode::of);
        assertThat(projects).flatExtracting(p -> List.copyOf(p.reached().values()))
                .allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(new DemoProjectCatalogue(TODAY, ZONES).projects()).isEqualTo(projects);
    }
}
