/**
 * Container tests: the real WAR on a managed Payara Micro, on H2 and on MariaDB, talking to loopback only.
 */
package cn.zoneflow.web.it;
