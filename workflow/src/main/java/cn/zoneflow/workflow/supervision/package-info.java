/**
 * What supervisors (督办) watch and send: the overdue and near-due work of the zones within their scope, the
 * overdue sweep's notices, and the steps of answering and following up a notice ({@link
 * cn.zoneflow.workflow.supervision.NoticeTasks}).
 */
package cn.zoneflow.workflow.supervision;
