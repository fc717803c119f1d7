/**
 * Places as people write them — 晋中 or 晋中市, 朔州经开区 or 朔州经济开发区 — read into the city and zone they name,
 * for the screens and the API alike.
 */
package cn.zoneflow.web.place;
