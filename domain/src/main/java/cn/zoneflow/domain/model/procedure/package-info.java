/**
 * 全代办: the procedures (手续) a project needs before 开工 and 投产, the catalogue they come from, and the agency
 * agreement (代办协议) under which zone officers handle them for the enterprise. Which procedures apply is decided
 * by the workflow's decision table; how each one starts (to do, waived on standard land, under commitment) and how
 * it moves on is decided here.
 */
package cn.zoneflow.domain.model.procedure;
