package cn.zoneflow.domain.application.projectimport;

import java.util.List;

/** An uploaded list as text: its header cells and its non-blank lines, each cell as written. */
public record ImportTable(List<String> headers, List<Line> lines) {

    /** A line of the file, numbered as a spreadsheet shows it; a missing cell is empty text. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
