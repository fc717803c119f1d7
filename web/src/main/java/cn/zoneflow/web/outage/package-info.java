/** What users are told while the database is out of reach, so that requests answer at once instead of failing. */
package cn.zoneflow.web.outage;
