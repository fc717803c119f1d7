/** What a project's processes look like now: which ran, where each stands, and the BPMN to draw them. */
package cn.zoneflow.workflow.diagram;
