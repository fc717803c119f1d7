/**
 * Early warnings (进度预警, 红黄绿灯): whether a project keeps to its planned dates, judged every hour from recorded
 * facts by rules the system administrator keeps, each change of colour kept with its day.
 */
package cn.zoneflow.domain.model.warning;
