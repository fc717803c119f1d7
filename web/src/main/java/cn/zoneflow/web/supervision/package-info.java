/** The supervisor's screens (督办): the overdue board of their city or the province. */
package cn.zoneflow.web.supervision;
