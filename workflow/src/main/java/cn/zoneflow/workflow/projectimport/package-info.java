/** A large import's projects, whose workflows start after it a batch at a time (导入项目启动流程). */
package cn.zoneflow.workflow.projectimport;
