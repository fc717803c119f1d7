/**
 * 承诺制 in the engine: the officer's steps of verifying an enterprise's commitments ({@link
 * cn.zoneflow.workflow.commitment.CommitmentTasks}), the breach the BPMN records and the deadline a rectification
 * is given.
 */
package cn.zoneflow.workflow.commitment;
