/**
 * The enterprises that invest in the zones, known by their unified social credit code (统一社会信用代码).
 */
package cn.zoneflow.domain.model.enterprise;
