package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/**
 * The first line must carry the template's headers in the template's order; its optional last columns may be left
 * out (a template made before them), and more columns may follow.
 */
final class ImportHeaders {

    /**
     * What the first line holds.
     *
     * @param columns how many of the template's columns the file has, from the first
     * @param ignored the headers of the extra columns after them, which are not read
     */
    record Found(int columns, List<String> ignored) {
    }

    private ImportHeaders() {
    }

    /** @throws ImportRefusedException naming the first required column that is not the template's */
    static Found check(List<String> headers) {
        int present = 0;
        for (ImportColumn column : ImportColumn.values()) {
            String found = column.ordinal() < headers.size() ? headers.get(column.ordinal()).strip() : "";
            if (column.matches(found)) {
                present++;
            } else if (column.isOptional()) {
                break;
            } else {
                throw ImportRefusedException.file("import.file.wrongTemplate", column.ordinal() + 1, column.header(),
                        found.isEmpty() ? "—" : found);
            }
        }
        return new Found(present, headers.subList(Math.min(present, headers.size()), headers.size()).stream()
                .map(String::strip).filter(header -> !header.isEmpty()).toList());
    }
}
