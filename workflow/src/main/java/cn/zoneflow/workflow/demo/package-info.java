/** Work in flight for the demonstration data, so every demo user finds something to do on the first day. */
package cn.zoneflow.workflow.demo;
