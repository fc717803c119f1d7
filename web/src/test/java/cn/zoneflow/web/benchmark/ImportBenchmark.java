package cn.zoneflow.web.benchmark;

import cn.zoneflow.domain.application.projectimport.ImportTemplate;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.web.it.ApiClient;
import cn.zoneflow.web.it.ApiClient.Answer;
import cn.zoneflow.web.it.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What importing a zone's list costs: a file of new 签约 projects of 晋中开发区 (.csv or .xlsx, made here) imported by its
 * officer over the API — the time until the import answers (the projects saved), until every project's workflow has
 * started after it, and, given the server's process id, the server's CPU and its resident memory before, at the
 * peak (the kernel's high-water mark, reset first where this user may) and after.
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.ImportBenchmark \
 *   -Dexec.args="http://127.0.0.1:8080/ 10000 csv $(pgrep -f 'payara-micro.jar --deploy')"
 * </pre>
 */
public final class ImportBenchmark {

    private static final String OFFICER = "officer.jinzhong";
    private static final Duration WORKFLOWS_GIVEN = Duration.ofMinutes(30);

    private ImportBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        URL base = new URL(arguments[0]);
        int rows = Integer.parseInt(arguments[1]);
        boolean workbook = arguments.length > 2 && arguments[2].equals("xlsx");
        Optional<ProcessHandle> server = arguments.length > 3
                ? Optional.of(ProcessHandle.of(Long.parseLong(arguments[3]))
                        .orElseThrow(() -> new IllegalArgumentException("no process " + arguments[3])))
                : Optional.empty();
        ApiClient officer = ApiClient.as(base, OFFICER).signedInWithToken();
        List<List<String>> lines = lines(rows);
        byte[] file = workbook ? workbook(lines) : csv(lines);
        long waitingBefore = requestsWaiting(officer);
        server.ifPresent(ImportBenchmark::resetPeakMemory);
        long rssBefore = server.map(process -> memory(process, "VmRSS")).orElse(0L);
        Duration cpuBefore = server.map(ImportBenchmark::cpuOf).orElse(Duration.ZERO);

        long started = System.nanoTime();
        Answer imported = officer.upload("projects/import", file, workbook ? ImportTemplate.CONTENT_TYPE : "text/csv");
        double importSeconds = (System.nanoTime() - started) / 1e9;
        if (imported.status() != 200) {
            throw new IllegalStateException("the import answered " + imported.status() + ": " + imported.body());
        }
        long deadline = System.nanoTime() + WORKFLOWS_GIVEN.toNanos();
        while (requestsWaiting(officer) < waitingBefore + rows) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not every workflow started within " + WORKFLOWS_GIVEN);
            }
            Thread.sleep(200);
        }
        double workflowSeconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(Locale.ROOT, "import of %d new projects (%s, %d KiB) by %s, on %d cores (%s %s)%n", rows,
                workbook ? "xlsx" : "csv", file.length / 1024, OFFICER, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "%-34s %10.1f s  (%.0f lines a second)%n", "answered (projects saved)",
                importSeconds, rows / importSeconds);
        System.out.printf(Locale.ROOT, "%-34s %10.1f s%n", "every workflow started", workflowSeconds);
        server.ifPresent(process -> {
            System.out.printf(Locale.ROOT, "%-34s %10.1f s%n", "server CPU",
                    (cpuOf(process).toNanos() - cpuBefore.toNanos()) / 1e9);
            System.out.printf(Locale.ROOT, "%-34s %7d / %d / %d MiB%n", "server resident before / peak / after",
                    rssBefore / 1024, memory(process, "VmHWM") / 1024, memory(process, "VmRSS") / 1024);
        });
    }

    /** Lines of new projects with codes of their own: a run's two middle segments, then the line's serial. */
    private static List<List<String>> lines(int rows) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String prefix = String.format(Locale.ROOT, "2026-140700-%02d-%02d-", random.nextInt(45, 100),
                random.nextInt(10, 100));
        return IntStream.range(0, rows).mapToObj(serial -> {
            String code = prefix + String.format(Locale.ROOT, "%06d", serial);
            return List.of(code, "导入测评项目 " + code, "山西导入测评有限公司 " + code,
                    CreditCode.completing(String.format(Locale.ROOT, "91140700MA%07d", serial)).value(), "晋中开发区",
                    "新能源", "否", "是", "12000", "20000", "签约", "2026-03-02", "", "", "", "", "否", "否", "", "", "",
                    "");
        }).toList();
    }

    private static byte[] csv(List<List<String>> lines) {
        StringBuilder text = new StringBuilder(Projects.IMPORT_HEADERS).append('\n');
        lines.forEach(line -> text.append(String.join(",", line)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(List<List<String>> lines) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("项目清单");
            write(sheet.createRow(0), List.of(Projects.IMPORT_HEADERS.split(",")));
            for (int i = 0; i < lines.size(); i++) {
                write(sheet.createRow(i + 1), lines.get(i));
            }
            book.write(bytes);
            book.dispose();
            return bytes.toByteArray();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    /** The officer's 申请阶段变更 steps: one for each 签约 project whose workflow has started. */
    private static long requestsWaiting(ApiClient officer) {
        return officer.get("tasks?size=1&taskType=requestStageMove").json().getJsonNumber("total").longValue();
    }

    private static Duration cpuOf(ProcessHandle server) {
        return server.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the server's CPU time cannot be read"));
    }

    /** A line of the process's status in KiB, e.g. VmRSS (resident now) or VmHWM (the resident peak). */
    private static long memory(ProcessHandle server, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resets the kernel's resident peak of the process (clear_refs 5), so the peak is this import's. */
    private static void resetPeakMemory(ProcessHandle server) {
        try {
            Files.writeString(Path.of("/proc", Long.toString(server.pid()), "clear_refs"), "5");
        } catch (IOException e) {
            System.out.println("the peak is since the server started: " + e.getMessage());
        }
    }
}
