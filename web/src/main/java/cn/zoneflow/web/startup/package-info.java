/** Brings the application up in order: database schema, process engine, then demo data where wanted. */
package cn.zoneflow.web.startup;
