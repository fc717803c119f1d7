/** The report screens and the scopes readers ask reports for. */
package cn.zoneflow.web.report;
