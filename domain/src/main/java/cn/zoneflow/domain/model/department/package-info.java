/** 部门联动审批: the issuing departments that answer the zones' procedures in ZoneFlow themselves. */
package cn.zoneflow.domain.model.department;
