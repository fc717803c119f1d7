/**
 * Places and other reference data: cities, zones and industries as read-only items for the lists screens and the
 * API offer, and places as people write them — 晋中 or 晋中市, 朔州经开区 or 朔州经济开发区 — read into the city and
 * zone they name.
 */
package cn.zoneflow.web.place;
