/** 好差评 on screen and over the API: the enterprise's ratings as the portal and the zone's project page show them. */
package cn.zoneflow.web.rating;
