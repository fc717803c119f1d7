/**
 * 储备库 in figures: how many projects not yet signed each tier of a place's reserve library holds and what they would
 * invest, and how many of those that were in reserve during a period were signed in it (储备转化率).
 */
package cn.zoneflow.domain.model.reserve;
