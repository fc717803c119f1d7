package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import jakarta.validation.Valid;

/** 储备项目入库: what a zone knows of a project it courts before any contract — the same details as a signed one. */
public record ReserveProject(
        @Valid ProjectDetails details,
        @PlainText(max = ProjectRegistration.PERSON_MAX_LENGTH) String contactPerson,
        @PlainText(max = ProjectRegistration.PHONE_MAX_LENGTH) String contactPhone) {

    public ReserveProject {
        contactPerson = TypedText.trimmed(contactPerson);
        contactPhone = TypedText.trimmed(contactPhone);
    }
}
