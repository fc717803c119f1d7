/**
 * 消息: the header's count of unread messages and the list behind it, from which each message leads to its task
 * (or, once the task is done, to its project); the same read by the REST API.
 */
package cn.zoneflow.web.message;
