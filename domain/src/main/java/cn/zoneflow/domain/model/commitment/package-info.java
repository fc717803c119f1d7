/**
 * 承诺制: the dual commitment (the enterprise's credit commitment, the zone's service commitment) that lets a
 * project start before its committed procedures are approved, its verification at the promised date, the
 * rectification of a commitment not kept, and the credit record (失信记录) when even that fails.
 */
package cn.zoneflow.domain.model.commitment;
