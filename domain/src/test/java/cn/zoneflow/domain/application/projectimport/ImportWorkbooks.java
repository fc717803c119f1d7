package cn.zoneflow.domain.application.projectimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files as zones make them: the downloaded template filled in, or a CSV saved from a spreadsheet. */
public final class ImportWorkbooks {

    private ImportWorkbooks() {
    }

    /** The app's own template with the given lines typed into its first sheet, every cell as text. */
    public static byte[] filledTemplate(List<List<String>> lines) {
        return edit(ImportTemplate.workbook(), sheet -> {
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i + 1);
                List<String> cells = lines.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        });
    }

    /** Changes a workbook's first sheet as a person would in Excel. */
    public static byte[] edit(byte[] workbook, Consumer<Sheet> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 CSV with the template's headers (or the given ones) and the lines, quoted where needed. */
    public static byte[] csv(List<String> headers, List<List<String>> lines) {
        StringBuilder text = new StringBuilder(line(headers));
        lines.forEach(cells -> text.append(line(cells)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static List<String> templateHeaders() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> cell.contains(",") || cell.contains("\"")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
