/**
 * Thin CDI delegates the BPMN service tasks call by name ({@code ${recordStageMoveDelegate}}): each reads ids
 * from the execution, calls one domain application service and writes the outcome back.
 */
package cn.zoneflow.workflow.delegate;
