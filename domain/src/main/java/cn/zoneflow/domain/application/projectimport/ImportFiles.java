package cn.zoneflow.domain.application.projectimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an upload as an .xlsx workbook or a UTF-8 .csv, told apart by content rather than by name, within limits
 * stated to the user: a file of at most {@link #MAX_BYTES} and {@link #MAX_LINES} project lines.
 */
public final class ImportFiles {

    public static final int MAX_BYTES = 16 * 1024 * 1024;
    public static final int MAX_LINES = 20_000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ImportFiles() {
    }

    /**
     * Reads an upload, at most one byte past the limit: enough for {@link #read} to refuse a file that is too
     * large without holding all of it.
     */
    public static byte[] upload(InputStream content) throws IOException {
        return content.readNBytes(MAX_BYTES + 1);
    }

    /** @throws ImportRefusedException when the file is empty, too large, not readable or holds too many lines */
    public static ImportTable read(byte[] content) {
        if (content.length == 0) {
            throw ImportRefusedException.file("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw ImportRefusedException.file("import.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (startsWith(content, OLE2)) {
            throw ImportRefusedException.file("import.file.oldExcel");
        }
        ImportTable table = startsWith(content, ZIP) ? XlsxTable.read(content) : CsvTable.read(content);
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw ImportRefusedException.file("import.file.empty");
        }
        return table;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Counts a line against the limit as it is read, so a huge file is refused before it is held in memory. */
    static void checkLineCount(int lines) {
        if (lines > MAX_LINES) {
            throw ImportRefusedException.file("import.file.tooManyLines", MAX_LINES);
        }
    }
}
