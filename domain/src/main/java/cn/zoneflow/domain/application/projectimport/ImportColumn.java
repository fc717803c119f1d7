package cn.zoneflow.domain.application.projectimport;

import java.util.Arrays;
import java.util.Locale;

/**
 * The columns of the import template, in their order, with the Chinese headers zone offices know and the field
 * of {@link ImportedProject} each fills. A header
 * matches however it is spaced and whichever brackets it uses: "总投资（万元）" is "总投资(万元)".
 */
public enum ImportColumn {
    CODE("code", "项目代码",
            "必填。全国投资项目代码，格式 YYYY-XXXXXX-XX-XX-XXXXXX；同一代码再次导入即更新该项目"),
    NAME("name", "项目名称",
            "必填，不超过 200 字"),
    ENTERPRISE_NAME("enterpriseName", "企业名称",
            "必填，不超过 100 字"),
    CREDIT_CODE("creditCode", "统一社会信用代码",
            "必填，18 位，校验码按 GB 32100-2015 校验"),
    ZONE("zone", "所属开发区",
            "必填，开发区全称或简称（如 朔州经开区），须在本人权限范围内"),
    INDUSTRY("industry", "产业领域",
            "必填，如 新能源、新材料、高端装备制造、现代医药及大健康、数字经济 等"),
    STRATEGIC_EMERGING("strategicEmerging", "战新项目",
            "必填，是/否"),
    INDUSTRIAL("industrial", "产业项目",
            "必填，是/否"),
    TOTAL_INVESTMENT("totalInvestment", "总投资(万元)",
            "必填，数字，最多 4 位小数"),
    EXPECTED_ANNUAL_OUTPUT("expectedAnnualOutput", "预计年产值(万元)",
            "必填，数字，最多 4 位小数"),
    STAGE("stage", "当前阶段",
            "必填，储备/签约/开工/投产/达效；已在系统中的项目阶段只能经审批变更"),
    SIGNED_ON("signedOn", "签约日期",
            "YYYY-MM-DD；当前阶段为签约及以后时必填"),
    STARTED_ON("startedOn", "开工日期",
            "YYYY-MM-DD；当前阶段为开工及以后时必填"),
    PRODUCING_ON("producingOn", "投产日期",
            "YYYY-MM-DD；当前阶段为投产及以后时必填"),
    EFFECTIVE_ON("effectiveOn", "达效日期",
            "YYYY-MM-DD；当前阶段为达效时必填"),
    COMPLETED_INVESTMENT("completedInvestment", "累计完成投资(万元)",
            "选填，数字"),
    COMMITMENT("underCommitment", "承诺制",
            "选填，是/否，默认否"),
    FULL_AGENCY("fullAgency", "全代办",
            "选填，是/否，默认否"),
    LAND_PARCEL("landParcelCode", "标准地地块编号",
            "选填，不超过 40 字"),
    ACTIVITY("activity", "三个一批活动",
            "选填，如 2024年第一次；活动不存在时按活动日期新建"),
    BATCH("batch", "批次",
            "填写活动时必填：签约一批/开工一批/投产一批，项目须已达到该批次的阶段"),
    ACTIVITY_DATE("activityDate", "活动日期",
            "YYYY-MM-DD；新建活动时必填"),
    PLANNED_START_DATE("plannedStartDate", "计划开工日期",
            "选填，YYYY-MM-DD，不早于签约日期；已在系统中的项目的计划经调整计划变更", true),
    PLANNED_PRODUCTION_DATE("plannedProductionDate", "计划投产日期",
            "选填，YYYY-MM-DD，不早于计划开工日期", true),
    PLANNED_EFFECTIVE_DATE("plannedEffectiveDate", "计划达效日期",
            "选填，YYYY-MM-DD，不早于计划投产日期", true),
    PLAN_YEAR("planYear", "计划年度",
            "选填，四位年份，不早于签约年份；填写后须填年度计划投资，逐月计划投资之和须等于它。已在系统中的项目"
                    + "只能补填尚无计划的年度，已有年度的计划经调整计划变更", true),
    PLAN_YEAR_TOTAL("planYearTotal", "年度计划投资(万元)",
            "填写计划年度时必填，数字，最多 4 位小数", true),
    PLANNED_MONTH_1(1),
    PLANNED_MONTH_2(2),
    PLANNED_MONTH_3(3),
    PLANNED_MONTH_4(4),
    PLANNED_MONTH_5(5),
    PLANNED_MONTH_6(6),
    PLANNED_MONTH_7(7),
    PLANNED_MONTH_8(8),
    PLANNED_MONTH_9(9),
    PLANNED_MONTH_10(10),
    PLANNED_MONTH_11(11),
    PLANNED_MONTH_12(12);

    private final String field;
    private final String header;
    private final String note;
    private final boolean optional;

    /** The investment planned in one month of the plan's year; an empty month plans nothing. */
    ImportColumn(int month) {
        this("plannedMonth" + month, month + "月计划投资(万元)", "选填，数字，最多 4 位小数；空白为 0", true);
    }

    ImportColumn(String field, String header, String note) {
        this(field, header, note, false);
    }

    /** @param optional whether a file may end before the column: templates made before it still import */
    ImportColumn(String field, String header, String note, boolean optional) {
        this.field = field;
        this.header = header;
        this.note = note;
        this.optional = optional;
    }

    /** Whether a file may end before the column, as templates made before it do. */
    public boolean isOptional() {
        return optional;
    }

    /** The field of the imported project the column fills, as refusals name it. */
    public String field() {
        return field;
    }

    /** The column of the investment planned in a month of the plan's year, 1 for January. */
    static ImportColumn plannedMonth(int month) {
        return valueOf("PLANNED_MONTH_" + month);
    }

    /** The column of a field; refusals of a line name fields, the user sees columns. */
    static ImportColumn ofField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column fills " + field));
    }

    public String header() {
        return header;
    }

    /** How to fill the column in, for the template's instructions sheet. */
    public String note() {
        return note;
    }

    public boolean matches(String written) {
        return written != null && normalised(written).equals(normalised(header));
    }

    private static String normalised(String header) {
        return header.replace('（', '(').replace('）', ')').replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }
}
