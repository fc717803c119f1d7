package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/** The first line must carry the template's headers in the template's order; more columns may follow. */
final class ImportHeaders {

    private ImportHeaders() {
    }

    /**
     * @return the headers of the extra columns, which are ignored
     * @throws ImportRefusedException naming the first column that is not the template's
     */
    static List<String> check(List<String> headers) {
        ImportColumn[] columns = ImportColumn.values();
        for (ImportColumn column : columns) {
            String found = column.ordinal() < headers.size() ? headers.get(column.ordinal()).strip() : "";
            if (!column.matches(found)) {
                throw ImportRefusedException.file("import.file.wrongTemplate", column.ordinal() + 1, column.header(),
                        found.isEmpty() ? "—" : found);
            }
        }
        return headers.subList(columns.length, headers.size()).stream().map(String::strip)
                .filter(header -> !header.isEmpty()).toList();
    }
}
