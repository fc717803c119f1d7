package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.constraint.Required;

/** 项目参加活动: a project, by its code, presented in one batch of a "三个一批" activity. */
public record Presentation(@Required ProjectCode projectCode, @Required Batch batch) {

    public static final String PROJECT_CODE = "projectCode";
    public static final String BATCH = "batch";
}
