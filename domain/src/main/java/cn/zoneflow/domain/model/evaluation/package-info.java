/**
 * 达效评估: once a project produces, what it actually turns out (and, on standard land, what it reaches of the
 * parcel's standards) is compared with what it promised; the zone's manager decides 达效 or not yet.
 */
package cn.zoneflow.domain.model.evaluation;
