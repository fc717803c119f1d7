/**
 * The audit trail classified protection asks for: who did what, to which object, when, from where, with what
 * result; append-only and hash-chained so that tampering is detectable.
 */
package cn.zoneflow.domain.model.audit;
