/**
 * The places projects live in: Shanxi's cities and their development zones (开发区). Reference data present
 * in every installation; a zone is known by one stored name and may be written several ways in bulletins.
 */
package cn.zoneflow.domain.model.zone;
