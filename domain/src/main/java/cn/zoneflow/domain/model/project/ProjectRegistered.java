package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.Stage;

/**
 * A project entered ZoneFlow — newly signed, or imported at the stage it has already reached. Fired inside
 * the registering transaction so that its workflows start (the lifecycle, and the agency under 全代办), or nothing
 * does.
 */
public record ProjectRegistered(long projectId, String projectCode, long zoneId, Stage stage, boolean fullAgency) {

    public static ProjectRegistered of(Project project) {
        return new ProjectRegistered(project.id(), project.code().value(), project.zone().id(), project.stage(),
                project.reforms().fullAgency());
    }
}
