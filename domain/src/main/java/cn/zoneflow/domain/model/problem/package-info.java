/**
 * 问题清单 · 接诉即办: what blocks a project (land, funds, approvals …), raised by the zone, a supervisor, the leader in
 * charge or the enterprise, accepted and assigned by the zone with a deadline, answered, and confirmed by whoever
 * raised it, or escalated to the city and the province when the zone cannot solve it. Every step is kept.
 */
package cn.zoneflow.domain.model.problem;
