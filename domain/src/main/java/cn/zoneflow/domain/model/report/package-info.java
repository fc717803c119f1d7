/**
 * The figures the province runs on, computed from recorded facts: the follow-up rates of the "三个一批"
 * activities (签约项目开工率, 开工项目投产率, 投产项目达效率), each by count and by investment, with the numerator and
 * denominator beside every rate so a reader can check it.
 */
package cn.zoneflow.domain.model.report;
