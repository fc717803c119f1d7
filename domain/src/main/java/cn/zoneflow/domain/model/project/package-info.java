/**
 * The investment project (项目) and its path through the stages, with the dated record of every stage move.
 * A project's stage changes only through {@link cn.zoneflow.domain.model.project.Project#advanceTo}, which the
 * lifecycle workflow calls after a manager's approval.
 */
package cn.zoneflow.domain.model.project;
