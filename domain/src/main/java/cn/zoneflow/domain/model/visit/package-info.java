/** 入企服务: the visits zone officers and leaders in charge make to a project's enterprise, and what was asked. */
package cn.zoneflow.domain.model.visit;
