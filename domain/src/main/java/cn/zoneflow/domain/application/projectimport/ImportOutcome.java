package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/**
 * What an import did: projects created (their workflows started), updated, found unchanged, and the extra
 * columns it ignored.
 */
public record ImportOutcome(int created, int updated, int unchanged, List<String> ignoredColumns) {
}
