/**
 * 企业申报材料: the files an enterprise submits on the portal for a procedure the zone handles for it, each accepted
 * by the zone's officers or returned with what is wrong, so that the enterprise uploads it again.
 */
package cn.zoneflow.domain.model.material;
