/** Project screens and the project facts other screens show at their top. */
package cn.zoneflow.web.project;
