/**
 * 项目计划: the schedule a project is judged by — planned dates for 开工, 投产 and 达效 and the investment planned month
 * by month (逐月投资计划) — kept as versions: the first approved plan is the baseline, and a later change that alters
 * an approved value (调整计划) takes effect only when the zone's manager approves it.
 */
package cn.zoneflow.domain.model.plan;
