/** The "三个一批" activity screens: the list, creating one, presenting projects, and its summary. */
package cn.zoneflow.web.activity;
