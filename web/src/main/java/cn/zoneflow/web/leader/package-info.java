/** The pages of a leader in charge (包联领导): the projects they lead, each with its warnings and visits. */
package cn.zoneflow.web.leader;
