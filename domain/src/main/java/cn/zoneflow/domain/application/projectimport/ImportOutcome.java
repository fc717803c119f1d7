package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/**
 * What an import did: projects created, updated, found unchanged, the extra columns it ignored, and whether the new
 * projects' workflows start in the minutes after it rather than with it (a large import's).
 */
public record ImportOutcome(int created, int updated, int unchanged, List<String> ignoredColumns,
        boolean workflowsStartLater) {
}
