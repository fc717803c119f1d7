/** MicroProfile Health checks: is the database reachable, is the process engine running. */
package cn.zoneflow.web.health;
