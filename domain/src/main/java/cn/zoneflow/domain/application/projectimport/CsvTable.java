package cn.zoneflow.domain.application.projectimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 .csv as Excel and WPS save it (with or without a byte-order mark, quoted cells may hold commas and line
 * breaks). Bytes that are not UTF-8 refuse the file: a GBK export would otherwise turn every name into noise.
 */
final class CsvTable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTable() {
    }

    static ImportTable read(byte[] content) {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> headers = null;
            List<ImportTable.Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = withoutByteOrderMark(cells);
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    ImportFiles.checkLineCount(lines.size() + 1);
                    lines.add(new ImportTable.Line((int) record.getRecordNumber(), cells));
                }
            }
            return new ImportTable(headers == null ? List.of() : headers, lines);
        } catch (CharacterCodingException e) {
            throw ImportRefusedException.file("import.file.notUtf8");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw ImportRefusedException.file("import.file.notUtf8");
            }
            throw ImportRefusedException.file("import.file.unreadable");
        } catch (IOException | IllegalStateException e) {
            throw ImportRefusedException.file("import.file.unreadable");
        }
    }

    private static List<String> withoutByteOrderMark(List<String> cells) {
        List<String> headers = new ArrayList<>(cells);
        if (!headers.isEmpty() && !headers.get(0).isEmpty() && headers.get(0).charAt(0) == BYTE_ORDER_MARK) {
            headers.set(0, headers.get(0).substring(1));
        }
        return headers;
    }
}
