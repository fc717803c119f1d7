package cn.zoneflow.domain.application.projectimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/** Reading uploads: the template round trip, and every hostile file refused cleanly with its reason. */
class ImportFilesTest {

    @Test
    void theTemplateCarriesTheHeadersInOrderAndReadsBackAsOnlyHeaders() {
        ImportTable table = ImportFiles.read(ImportTemplate.workbook());

        assertThat(table.headers()).containsExactlyElementsOf(ImportWorkbooks.templateHeaders());
        assertThat(table.headers()).startsWith("项目代码", "项目名称", "企业名称", "统一社会信用代码", "所属开发区")
                .containsSequence("三个一批活动", "批次", "活动日期", "计划开工日期", "计划投产日期", "计划达效日期",
                        "计划年度", "年度计划投资(万元)", "1月计划投资(万元)")
                .endsWith("11月计划投资(万元)", "12月计划投资(万元)");
        assertThat(table.lines()).isEmpty();
    }

    @Test
    void excelDatesAndNumbersReadAsIsoDatesAndPlainDecimalsWhateverTheirFormat() {
        byte[] workbook = ImportWorkbooks.edit(ImportTemplate.workbook(), sheet -> {
            Row row = sheet.createRow(1);
            CellStyle chineseDate = sheet.getWorkbook().createCellStyle();
            chineseDate.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy年m月d日"));
            Cell signed = row.createCell(ImportColumn.SIGNED_ON.ordinal());
            signed.setCellValue(LocalDate.of(2024, 3, 8));
            signed.setCellStyle(chineseDate);
            CellStyle thousands = sheet.getWorkbook().createCellStyle();
            thousands.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0.0"));
            Cell investment = row.createCell(ImportColumn.TOTAL_INVESTMENT.ordinal());
            investment.setCellValue(123456.7891);
            investment.setCellStyle(thousands);
        });

        ImportTable.Line line = ImportFiles.read(workbook).lines().get(0);

        assertThat(line.number()).isEqualTo(2);
        assertThat(line.cell(ImportColumn.SIGNED_ON.ordinal())).isEqualTo("2024-03-08");
        assertThat(line.cell(ImportColumn.TOTAL_INVESTMENT.ordinal())).isEqualTo("123456.7891");
        assertThat(line.cell(ImportColumn.CODE.ordinal())).as("a cell never written").isEmpty();
    }

    @Test
    void aFormulaIsNeitherEvaluatedNorPassedOn() {
        byte[] workbook = ImportWorkbooks.edit(ImportTemplate.workbook(), sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("2024-140700-44-01-000001");
            row.createCell(ImportColumn.TOTAL_INVESTMENT.ordinal()).setCellFormula("1000*5");
        });

        ImportTable.Line line = ImportFiles.read(workbook).lines().get(0);

        assertThat(line.cell(ImportColumn.TOTAL_INVESTMENT.ordinal())).isEqualTo(XlsxTable.FORMULA);
        assertThat(line.cell(0)).isEqualTo("2024-140700-44-01-000001");
    }

    @Test
    void aCsvSavedByExcelWithAByteOrderMarkAndQuotedCellsReadsCellByCell() {
        byte[] csv = ImportWorkbooks.csv(ImportWorkbooks.templateHeaders(),
                List.of(List.of("2024-140700-44-01-000001", "年产10万吨\"高端\"材料,一期")));
        byte[] withMark = new byte[csv.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(csv, 0, withMark, 3, csv.length);

        ImportTable table = ImportFiles.read(withMark);

        assertThat(table.headers().get(0)).isEqualTo("项目代码");
        assertThat(table.lines().get(0).cell(1)).isEqualTo("年产10万吨\"高端\"材料,一期");
        assertThat(table.lines().get(0).number()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "import.file.empty");
    }

    @Test
    void tenMegabytesOfJunkAreRefusedAsNeitherWorkbookNorText() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(junk);

        assertRefused(junk, "import.file.notUtf8");
    }

    @Test
    void junkThatLooksLikeAZipIsRefusedAsNoWorkbook() {
        byte[] junk = new byte[64 * 1024];
        new Random(11).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;

        assertRefused(junk, "import.file.notXlsx");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).as("300 MB packed small").isLessThan(1024 * 1024);

        assertRefused(bomb.toByteArray(), "import.file.zipBomb");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithWhatToDoInstead() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertRefused(xls, "import.file.oldExcel");
    }

    @Test
    void aCsvSavedAsGbkIsRefusedRatherThanReadAsNoise() {
        byte[] gbk = String.join(",", ImportWorkbooks.templateHeaders()).getBytes(Charset.forName("GBK"));

        assertRefused(gbk, "import.file.notUtf8");
    }

    @Test
    void moreLinesThanTheLimitAreRefusedWithTheLimit() {
        List<List<String>> lines = new ArrayList<>(Collections.nCopies(ImportFiles.MAX_LINES + 1,
                List.of("2024-140700-44-01-000001", "项目")));

        assertThatThrownBy(() -> ImportFiles.read(ImportWorkbooks.csv(ImportWorkbooks.templateHeaders(), lines)))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.file.tooManyLines");
                    assertThat(refused.arguments()).containsExactly(ImportFiles.MAX_LINES);
                });
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        assertRefused(new byte[ImportFiles.MAX_BYTES + 1], "import.file.tooLarge");
    }

    @Test
    void headersMatchIgnoringSpacesAndBracketWidthButNotAnotherOrder() {
        List<String> loose = new ArrayList<>(ImportWorkbooks.templateHeaders());
        loose.set(ImportColumn.TOTAL_INVESTMENT.ordinal(), " 总投资（万元） ");
        loose.set(ImportColumn.NAME.ordinal(), "项目 名称");
        loose.add("备注");
        List<String> swapped = new ArrayList<>(ImportWorkbooks.templateHeaders());
        Collections.swap(swapped, 0, 1);

        assertThat(ImportHeaders.check(loose).ignored()).containsExactly("备注");
        assertThatThrownBy(() -> ImportHeaders.check(swapped))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.file.wrongTemplate");
                    assertThat(refused.arguments()).containsExactly(1, "项目代码", "项目名称");
                });
    }

    @Test
    void aTemplateMadeBeforeThePlanColumnsStillFitsAndItsExtraColumnIsNotTakenForOne() {
        List<String> old = new ArrayList<>(ImportWorkbooks.templateHeaders()
                .subList(0, ImportColumn.PLANNED_START_DATE.ordinal()));
        old.add("备注");

        ImportHeaders.Found found = ImportHeaders.check(old);

        assertThat(found.columns()).isEqualTo(ImportColumn.PLANNED_START_DATE.ordinal());
        assertThat(found.ignored()).containsExactly("备注");
        assertThat(ImportHeaders.check(ImportWorkbooks.templateHeaders()).columns())
                .isEqualTo(ImportColumn.values().length);
    }

    private static void assertRefused(byte[] content, String messageKey) {
        assertThatThrownBy(() -> ImportFiles.read(content)).isInstanceOfSatisfying(ImportRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
