/** Thin CDI listeners the BPMN files name ({@code ${assignDeadlineListener}}): each delegates to the domain. */
package cn.zoneflow.workflow.listener;
