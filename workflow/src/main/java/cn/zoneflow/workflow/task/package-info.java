/**
 * People's work in the engine: the inbox (own tasks and the unclaimed tasks of their groups, paged in the
 * database), claiming, and completing each kind of step with its fields validated like the screens do.
 */
package cn.zoneflow.workflow.task;
