package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/**
 * A batch of the projects a large import created, whose workflows start after the import in a job of their own
 * (through {@link ProjectImport#startWorkflows}): the import's transaction writes the projects and what is left to
 * start, not ten thousand process instances, and each batch starts in a transaction of its own size.
 */
public record ImportedBatch(List<Long> projectIds) {

    public ImportedBatch {
        projectIds = List.copyOf(projectIds);
    }
}
