/**
 * Each project's lifecycle in the engine: starting it from what happens in the domain, the stage-move request and
 * its approvals ({@link cn.zoneflow.workflow.lifecycle.StageMoveTasks}), the monthly investment report and the
 * 达效 evaluation, and the delegates the lifecycle BPMN names.
 */
package cn.zoneflow.workflow.lifecycle;
