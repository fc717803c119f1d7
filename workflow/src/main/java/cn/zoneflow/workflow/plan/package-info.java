/** 调整计划 in the engine: the manager's approval task for a change to a project's plan, and what each answer does. */
package cn.zoneflow.workflow.plan;
