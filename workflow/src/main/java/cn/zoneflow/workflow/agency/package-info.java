/**
 * 全代办 in the engine: starts the agency process of every project entrusted to the zone, and tells it when the
 * project has started, so that the procedures before 投产 begin.
 */
package cn.zoneflow.workflow.agency;
