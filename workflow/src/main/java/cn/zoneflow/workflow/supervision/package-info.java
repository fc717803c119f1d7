/** What supervisors (督办) watch: the overdue and near-due work of the zones within their scope. */
package cn.zoneflow.workflow.supervision;
