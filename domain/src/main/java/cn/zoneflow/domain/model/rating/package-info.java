/**
 * 政务服务"好差评": the enterprise rates each closed procedure and the zone's agency service as a whole on the five
 * levels and the national indicators of online service; a 差评 goes to the zone as a rectification on a deadline, and
 * the zone's figures (满意率, 差评, 整改率) follow from the ratings.
 */
package cn.zoneflow.domain.model.rating;
