/**
 * Messages (消息): what changed for a user since they last looked — work handed to them, a request returned to
 * them, a 督办 notice for their zone, a deadline coming near — each about one project and, where there is one, one
 * task, kept until read and after.
 */
package cn.zoneflow.domain.model.message;
