/**
 * The embedded Camunda engine: built at startup on the container's data source and JTA transaction manager,
 * with its job executor on a container-managed executor, and registered so that the CDI module's
 * {@code processEngine}, {@code taskService} … beans resolve to it.
 */
package cn.zoneflow.workflow.engine;
