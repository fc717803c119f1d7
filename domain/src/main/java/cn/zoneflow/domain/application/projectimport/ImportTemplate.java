package cn.zoneflow.domain.application.projectimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template a zone fills in: the first sheet has the headers in order over text-formatted columns (so
 * Excel keeps codes and dates as typed), the second explains each column and the values it takes, in Chinese as the headers are.
 */
public final class ImportTemplate {

    public static final String FILE_NAME = "项目导入模板.xlsx";
    /** The sheet the projects are on; a list written out for importing names its sheet the same. */
    public static final String PROJECTS_SHEET = "项目";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportTemplate() {
    }

    public static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet projects = workbook.createSheet(PROJECTS_SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            DataFormat formats = workbook.createDataFormat();
            text.setDataFormat(formats.getFormat("@"));
            Row headers = projects.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                headers.createCell(column.ordinal()).setCellValue(column.header());
                headers.getCell(column.ordinal()).setCellStyle(header);
                projects.setDefaultColumnStyle(column.ordinal(), text);
                projects.setColumnWidth(column.ordinal(), (column.header().length() * 2 + 6) * 256);
            }
            projects.createFreezePane(0, 1);
            Sheet notes = workbook.createSheet("填写说明");
            for (ImportColumn column : ImportColumn.values()) {
                Row row = notes.createRow(column.ordinal());
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.note());
            }
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
