/** The user's language (Chinese by default, English on request) and the texts of the one message bundle. */
package cn.zoneflow.web.i18n;
