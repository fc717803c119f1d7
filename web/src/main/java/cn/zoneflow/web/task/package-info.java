/** The officer's and manager's work screens: the inbox (我的待办) and the task pages. */
package cn.zoneflow.web.task;
