/**
 * The BPMN processes and DMN decisions that carry projects, and the ids the Java side uses to talk to them.
 * BPMN ids are an API: every id a delegate, listener, screen or test refers to is a constant here.
 */
package cn.zoneflow.processes;
