/**
 * Open tasks (待办) as the inbox reads them: one line per task waiting in the process engine — what it is, which
 * project it is about, whose it is or which zone group may claim it, and the working-day deadline it stands
 * against. The engine stays the authority on tasks; this is its index, written in the same transaction.
 */
package cn.zoneflow.domain.model.task;
