/**
 * 分类考核: the province ranks its zones, each category (工业类, 农业类) apart, by weighted indicators its supervisor
 * sets; every score opens into its parts, and a closed period's result is kept as it was first computed.
 */
package cn.zoneflow.domain.model.assessment;
