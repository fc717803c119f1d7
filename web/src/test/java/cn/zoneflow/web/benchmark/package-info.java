/** Benchmarks of a running ZoneFlow over its API, run by hand (never by the build); results go in issue notes. */
package cn.zoneflow.web.benchmark;
