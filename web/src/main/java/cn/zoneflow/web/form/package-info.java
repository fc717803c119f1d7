/** What forms hold while a user fills them in. */
package cn.zoneflow.web.form;
