/** Starts and steers each project's lifecycle process from what happens in the domain. */
package cn.zoneflow.workflow.lifecycle;
