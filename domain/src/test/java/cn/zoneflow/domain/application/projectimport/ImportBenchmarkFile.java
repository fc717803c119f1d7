package cn.zoneflow.domain.application.projectimport;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the benchmark's import file: the template with N projects of the 40 zones, at every stage, some presented
 * in an activity. Not a test; run it with
 * {@code mvn -pl domain exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.zoneflow.domain.application.projectimport.ImportBenchmarkFile -Dexec.args="10000 target/p.xlsx"}.
 */
public final class ImportBenchmarkFile {

    private static final List<String> ZONES = List.of("晋中开发区", "朔州经济开发区", "大同经济技术开发区",
            "云冈经济技术开发区");
    private static final List<String> STAGES = List.of("签约", "开工", "投产", "达效");
    private static final List<String> INDUSTRIES = List.of("新能源", "新材料", "高端装备制造", "数字经济");

    private ImportBenchmarkFile() {
    }

    public static void main(String[] args) throws IOException {
        int projects = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(
                new ByteArrayInputStream(ImportTemplate.workbook())), 200);
                OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < projects; i++) {
                Row row = sheet.createRow(i + 1);
                int stage = i % STAGES.size();
                String[] cells = {
                    String.format("2025-140700-44-01-%06d", 500_000 + i),
                    "基准测试项目" + i,
                    "基准测试企业" + i,
                    CreditCode.completing(String.format("91140700MB%07d", i)).value(),
                    ZONES.get(i % ZONES.size()),
                    INDUSTRIES.get(i % INDUSTRIES.size()),
                    i % 3 == 0 ? "是" : "否",
                    "是",
                    String.valueOf(5_000 + (i % 97) * 1_000),
                    String.valueOf(8_000 + (i % 89) * 1_000),
                    STAGES.get(stage),
                    "2025-01-06",
                    stage >= 1 ? "2025-03-03" : "",
                    stage >= 2 ? "2025-08-01" : "",
                    stage >= 3 ? "2025-12-01" : "",
                    stage >= 1 ? String.valueOf(1_000 + i % 50) : "",
                    i % 4 == 0 ? "是" : "否",
                    "是",
                    "",
                    i % 10 == 0 ? "基准测试活动" : "",
                    i % 10 == 0 ? "签约一批" : "",
                    i % 10 == 0 ? "2025-01-20" : "",
                };
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
    }
}
