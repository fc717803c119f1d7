/** The auditor's screen: searching, verifying and exporting the audit trail. */
package cn.zoneflow.web.audit;
