/**
 * 全代办 in the engine: starts the agency process of every project entrusted to the zone and, when the project
 * has started, the procedures before 投产; the steps of each procedure ({@link
 * cn.zoneflow.workflow.agency.ProcedureTasks}) and the delegates and listener its BPMN names.
 */
package cn.zoneflow.workflow.agency;
