package cn.zoneflow.domain.application.projectimport;

/**
 * One wrong cell of an import: the line of the file (as a spreadsheet numbers it, the header being line 1), the
 * column's header, why, and what was written (left empty for a formula, which is never echoed back).
 */
public record RowError(int line, String column, String messageKey, String value) {
}
