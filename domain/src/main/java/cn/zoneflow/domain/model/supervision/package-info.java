/**
 * 督办: notices a supervisor (or the overdue sweep) sends to a zone about one project — what must be done and by
 * when — that the zone answers in writing. A notice left unanswered past its deadline is escalated.
 */
package cn.zoneflow.domain.model.supervision;
