/**
 * People's work in the engine, whatever its kind: the inbox (own tasks and the unclaimed tasks of their groups,
 * paged in the database), claiming, handing over, each step's deadline, and completing a step through its home
 * ({@link cn.zoneflow.workflow.task.StepHome}; the homes live with their feature).
 */
package cn.zoneflow.workflow.task;
