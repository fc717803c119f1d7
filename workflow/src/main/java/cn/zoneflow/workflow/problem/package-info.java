/** 问题办理 in the engine: the process a raised problem starts, its deadlines, and its steps' home. */
package cn.zoneflow.workflow.problem;
