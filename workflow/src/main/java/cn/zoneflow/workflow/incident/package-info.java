/**
 * Steps that failed inside the engine for good — an asynchronous step whose retries are spent becomes an incident —
 * as the system administrator sees them, and their retry.
 */
package cn.zoneflow.workflow.incident;
