/**
 * Benchmarks of the processes on a bare engine, run by hand (never by the build): the baseline the lifecycle's
 * domain work is compared with.
 */
package cn.zoneflow.processes.benchmark;
