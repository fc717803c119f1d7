package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.Assessments.Assessment;
import cn.zoneflow.domain.application.Assessments;
import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.Overviews;
import cn.zoneflow.domain.application.Targets;
import cn.zoneflow.domain.model.annualtarget.TargetBoard;
import cn.zoneflow.domain.model.annualtarget.TargetProgress;
import cn.zoneflow.domain.model.assessment.AssessmentPeriod;
import cn.zoneflow.domain.model.assessment.AssessmentResult;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.report.Ratio;
import cn.zoneflow.domain.model.report.StageFunnel;
import cn.zoneflow.domain.model.report.StageTally;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.report.ZoneRanking.Ranked;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import cn.zoneflow.domain.model.warning.WarningRepository;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.project.WarningTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * 起草通报: a month's bulletin for a scope drafted as a Word document for the supervisor to edit — the opening
 * figures in the bulletins' own phrasing (projects and investment in 亿元 by stage, the three follow-up rates by count
 * and by investment), the zones ranked, the red-light projects and the "三未" counts — every number computed from
 * recorded facts, each with its numerator and denominator in the appendix. The draft is audited as an export.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BulletinDraft {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The red-light projects named one by one; the rest are counted. */
    static final int RED_NAMED = 30;
    private static final String FONT = "仿宋";

    @Inject
    private MonthlyNoticeRequest request;

    @Inject
    private Overviews overviews;

    @Inject
    private WarningRepository warnings;

    @Inject
    private WarningTexts warningTexts;

    @Inject
    private Targets targets;

    @Inject
    private Assessments assessments;

    @Inject
    private ZoneRepository zones;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    /** What a draft is written from, read once. */
    public record Facts(MonthlyNotice notice, Overview overview, Page<ProjectWarning> red, TargetBoard targets,
            Assessment assessment) {
    }

    public static String fileName(MonthlyNotice notice) {
        return notice.scopeName() + "-" + notice.month() + "-通报（草稿）.docx";
    }

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the scope or the month written wrongly
     * @throws cn.zoneflow.domain.model.user.OutsideScopeException when the scope reaches beyond the reader's
     */
    public Facts facts(String scope, String month) {
        MonthlyNotice notice = request.read(scope, month);
        Scope place = request.scopeOf(scope);
        Overview overview = overviews.overview(place, new RatePeriod(notice.month().withMonth(1).atDay(1),
                notice.month().atEndOfMonth(), notice.asOf()));
        return new Facts(notice, overview, warnings.within(place, Light.RED, null, 0, RED_NAMED),
                targets.board(place, notice.month().getYear(), notice.asOf()), assessmentOf(place, notice));
    }

    /** 分类考核 of the month's quarter, the scope's zones with the rank each holds among all of its category. */
    private Assessment assessmentOf(Scope place, MonthlyNotice notice) {
        Set<Long> within = zones.zonesWithin(place).stream().map(Zone::id).collect(Collectors.toSet());
        Assessment province = assessments.assess(AssessmentPeriod.quarterOf(notice.month().atEndOfMonth()),
                ChinaTime.today());
        return new Assessment(province.period(), province.asOf(), province.kept(), province.results().stream()
                .filter(result -> within.contains(result.zoneId())).toList());
    }

    public byte[] document(Facts facts) {
        MonthlyNotice notice = facts.notice();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String monthText = messages.get("bulletin.month", notice.month().getYear(),
                    notice.month().getMonthValue());
            paragraph(document, messages.get("bulletin.title", notice.scopeName(), monthText), true, 16)
                    .setAlignment(ParagraphAlignment.CENTER);
            paragraph(document, messages.get("bulletin.draftNote", ChinaTime.today().toString(),
                    notice.asOf().toString()), false, 10).setAlignment(ParagraphAlignment.CENTER);
            overall(document, facts);
            ranking(document, notice);
            assessment(document, facts.assessment());
            red(document, facts);
            stalled(document, facts.overview().total().supervision());
            appendix(document, facts);
            document.write(out);
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "bulletin", notice.month())
                    .withDetail(notice.scopeName()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void overall(XWPFDocument document, Facts facts) {
        heading(document, "bulletin.heading.overall");
        StageFunnel stages = facts.overview().total().stages();
        StageTally pipeline = StageTally.NONE;
        for (Stage stage : List.of(Stage.SIGNED, Stage.STARTED, Stage.PRODUCING, Stage.EFFECTIVE)) {
            pipeline = pipeline.plus(stages.at(stage));
        }
        paragraph(document, messages.get("bulletin.overall", ChinaTime.today().toString(),
                facts.notice().scopeName(), count(pipeline.projects()), yi(pipeline.investment()),
                count(stages.at(Stage.SIGNED).projects()), yi(stages.at(Stage.SIGNED).investment()),
                count(stages.at(Stage.STARTED).projects()), yi(stages.at(Stage.STARTED).investment()),
                count(stages.at(Stage.PRODUCING).projects()), yi(stages.at(Stage.PRODUCING).investment()),
                count(stages.at(Stage.EFFECTIVE).projects()), yi(stages.at(Stage.EFFECTIVE).investment())),
                false, 12);
        List<String> rates = new ArrayList<>();
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            FollowUpRate rate = facts.notice().rates().total().rate(kind);
            rates.add(messages.get("bulletin.rate", kind.chineseName(), percent(rate.byCount()),
                    plain(rate.byCount().numerator()), plain(rate.byCount().denominator()),
                    percent(rate.byInvestment())));
        }
        paragraph(document, messages.get("bulletin.rates", facts.notice().month().getYear(),
                facts.notice().asOf().toString(), String.join("；", rates)), false, 12);
        List<String> completions = setTargets(facts).stream().map(progress -> messages.get("bulletin.target",
                messages.get("TargetIndicator." + progress.indicator().name()), plain(progress.actual()),
                plain(progress.target()), progress.completion().toPlainString())).toList();
        TargetBoard board = facts.targets();
        paragraph(document, completions.isEmpty() ? messages.get("bulletin.targetsNone", board.year())
                : messages.get("bulletin.targets", board.year(), board.asOf().toString(),
                        board.schedule().toPlainString(), String.join("；", completions)), false, 12);
    }

    /** The scope's own targets of the year that are set, with what was reached against each. */
    private static List<TargetProgress> setTargets(Facts facts) {
        return facts.targets().total().indicators().stream()
                .filter(progress -> progress.target() != null && progress.completion() != null).toList();
    }

    private void ranking(XWPFDocument document, MonthlyNotice notice) {
        heading(document, "bulletin.heading.ranking");
        paragraph(document, messages.get("bulletin.ranking"), false, 12);
        List<List<String>> rows = new ArrayList<>();
        for (Ranked ranked : notice.zones()) {
            SupervisionTally figures = ranked.zone().figures();
            rows.add(List.of(Integer.toString(ranked.rank()), ranked.zone().city(), ranked.zone().zone(),
                    percent(figures.closureRate()), count(figures.tasksOverdue()), count(figures.stalledTotal()),
                    count(figures.noticesOpen()), count(figures.projectsRed())));
        }
        table(document, List.of("rank", "city", "zone", "closureRate", "tasksOverdue", "stalled", "noticesOpen",
                "projectsRed"), rows);
    }

    private void assessment(XWPFDocument document, Assessment assessment) {
        heading(document, "bulletin.heading.assessment");
        paragraph(document, messages.get("bulletin.assessment", assessment.period().toString(),
                assessment.asOf().toString()), false, 12);
        List<List<String>> rows = new ArrayList<>();
        for (AssessmentResult result : assessment.results()) {
            rows.add(List.of(messages.get("ZoneCategory." + result.category().name()), Integer.toString(result.rank()),
                    result.city(), result.zone(), result.score().toPlainString()));
        }
        table(document, List.of("category", "rankInCategory", "city", "zone", "score"), rows);
    }

    private void red(XWPFDocument document, Facts facts) {
        heading(document, "bulletin.heading.red");
        SupervisionTally total = facts.overview().total().supervision();
        paragraph(document, messages.get("bulletin.red", ChinaTime.today().toString(), count(total.projectsRed()),
                count(total.projectsYellow())), false, 12);
        for (ProjectWarning warning : facts.red().items()) {
            paragraph(document, messages.get("bulletin.redProject", warning.project().name(),
                    warning.project().zone().name(), warningTexts.reason(warning.warning()),
                    warning.since().toString()), false, 12);
        }
        if (facts.red().total() > facts.red().items().size()) {
            paragraph(document, messages.get("bulletin.redMore",
                    count(facts.red().total() - facts.red().items().size())), false, 12);
        }
    }

    private void stalled(XWPFDocument document, SupervisionTally total) {
        heading(document, "bulletin.heading.stalled");
        paragraph(document, messages.get("bulletin.stalled", count(total.stalled(StallKind.SIGNED_NOT_STARTED)),
                count(total.stalled(StallKind.STARTED_NOT_PRODUCING)),
                count(total.stalled(StallKind.PRODUCING_NOT_EFFECTIVE))), false, 12);
    }

    /** Each figure of the draft with what it was computed from, so that any can be checked. */
    private void appendix(XWPFDocument document, Facts facts) {
        heading(document, "bulletin.heading.appendix");
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            FollowUpRate rate = facts.notice().rates().total().rate(kind);
            rows.add(ratioRow(messages.get("bulletin.appendix.byCount", kind.chineseName()), rate.byCount()));
            rows.add(ratioRow(messages.get("bulletin.appendix.byInvestment", kind.chineseName()),
                    rate.byInvestment()));
        }
        rows.add(ratioRow(messages.get("bulletin.appendix.closureRate"),
                facts.overview().total().supervision().closureRate()));
        for (TargetProgress progress : setTargets(facts)) {
            rows.add(List.of(messages.get("bulletin.appendix.target",
                    messages.get("TargetIndicator." + progress.indicator().name())), plain(progress.actual()),
                    plain(progress.target()), progress.completion().toPlainString()));
        }
        table(document, List.of("figure", "numerator", "denominator", "result"), rows);
    }

    private static List<String> ratioRow(String figure, Ratio ratio) {
        return List.of(figure, plain(ratio.numerator()), plain(ratio.denominator()), percent(ratio));
    }

    private void heading(XWPFDocument document, String key) {
        paragraph(document, messages.get(key), true, 14);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, boolean bold, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        return paragraph;
    }

    private void table(XWPFDocument document, List<String> columns, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, columns.size());
        fill(table.getRow(0), columns.stream().map(column -> messages.get("bulletin.column." + column)).toList());
        for (int row = 0; row < rows.size(); row++) {
            fill(table.getRow(row + 1), rows.get(row));
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int cell = 0; cell < cells.size(); cell++) {
            row.getCell(cell).setText(cells.get(cell));
        }
    }

    private static String count(long count) {
        return Long.toString(count);
    }

    private static String yi(Amount amount) {
        return amount.inYi().toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** A rate as bulletins print it, to two decimals; a dash where nothing was to be counted. */
    private static String percent(Ratio ratio) {
        BigDecimal percent = ratio.percent();
        return percent == null ? "—" : percent.toPlainString();
    }
}
