package cn.zoneflow.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets the way the bulletins lay out a table: a title row naming scope and date, a header row, then
 * one row per item, streamed so a long list never sits in memory. Amounts are numbers with two decimals, dates are
 * dates. A text starting with = + - or @ is marked as text (quote prefix), so no spreadsheet ever runs it as a
 * formula, and it reads exactly as typed.
 */
public final class SheetWriter implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private Sheet sheet;
    private final CellStyle bold;
    private final CellStyle amount;
    private final CellStyle date;
    private final CellStyle inertText;
    private Row row;
    private int rows;
    private int column;

    public SheetWriter(String sheetName) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        inertText = workbook.createCellStyle();
        inertText.setQuotePrefixed(true);
        sheet(sheetName);
    }

    /** Starts the next sheet of the workbook; what follows is written there. */
    public SheetWriter sheet(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        rows = 0;
        return this;
    }

    public SheetWriter title(String title) {
        newRow().createCell(0).setCellValue(title);
        row.getCell(0).setCellStyle(bold);
        return this;
    }

    /** The header row; it also sets each column's width from its header. */
    public SheetWriter headers(List<String> headers) {
        newRow();
        for (String header : headers) {
            Cell cell = row.createCell(column);
            cell.setCellValue(header);
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column++, Math.min(60, header.length() * 2 + 6) * 256);
        }
        return this;
    }

    public SheetWriter newLine() {
        newRow();
        return this;
    }

    public SheetWriter text(String value) {
        Cell cell = row.createCell(column++);
        if (value == null) {
            return this;
        }
        cell.setCellValue(value);
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            cell.setCellStyle(inertText);
        }
        return this;
    }

    public SheetWriter amount(BigDecimal value) {
        Cell cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(amount);
        }
        return this;
    }

    public SheetWriter number(long value) {
        row.createCell(column++).setCellValue(value);
        return this;
    }

    public SheetWriter date(LocalDate value) {
        Cell cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
        return this;
    }

    private Row newRow() {
        row = sheet.createRow(rows++);
        column = 0;
        return row;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary files streaming wrote. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
