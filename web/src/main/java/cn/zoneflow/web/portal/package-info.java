/**
 * The enterprise portal: an enterprise's contact opens the account with the zone's invitation and follows its own
 * projects — procedures, corrections asked, its 诉求 and its 好差评 — on a phone or a desktop.
 */
package cn.zoneflow.web.portal;
