package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.ProjectCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ProjectCode} as its text. */
@Converter(autoApply = true)
public class ProjectCodeConverter implements AttributeConverter<ProjectCode, String> {

    @Override
    public String convertToDatabaseColumn(ProjectCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public ProjectCode convertToEntityAttribute(String text) {
        return text == null ? null : ProjectCode.of(text);
    }
}
