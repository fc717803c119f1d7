/**
 * 年度目标责任书: the year's targets the supervisors set for the zones and cities below them, the progress of each
 * against its target and against 序时进度 (the elapsed share of the year), and the light that progress earns.
 */
package cn.zoneflow.domain.model.annualtarget;
