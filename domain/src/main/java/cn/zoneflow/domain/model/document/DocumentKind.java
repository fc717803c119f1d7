package cn.zoneflow.domain.model.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a document is, as its content says: a name ending in .pdf proves nothing. An Office file is a ZIP package
 * (Word 2007 and later, Excel 2007 and later) or an OLE2 compound file (the older .doc and .xls) holding the part or
 * stream only that program writes; the names are read as stored, nothing is unpacked.
 */
public enum DocumentKind {
    PDF("application/pdf", startingWith('%', 'P', 'D', 'F', '-')),
    PNG("image/png", startingWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
    JPEG("image/jpeg", startingWith(0xFF, 0xD8, 0xFF)),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            packageWith("word/document.xml")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", packageWith("xl/workbook.xml")),
    DOC("application/msword", compoundFileWith("WordDocument")),
    XLS("application/vnd.ms-excel", compoundFileWith("Workbook"));

    private static final Predicate<byte[]> ZIP = startingWith('P', 'K', 3, 4);
    private static final Predicate<byte[]> OLE2 = startingWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

    private final String mediaType;
    private final Predicate<byte[]> recognises;

    DocumentKind(String mediaType, Predicate<byte[]> recognises) {
        this.mediaType = mediaType;
        this.recognises = recognises;
    }

    /** The kind the content is, if it is one ZoneFlow keeps. */
    public static Optional<DocumentKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.recognises.test(content)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a browser can show it as a picture (a thumbnail beside the list). */
    public boolean isImage() {
        return this == PNG || this == JPEG;
    }

    /** Whether a browser shows it itself (opened in a new tab); Office files are downloaded. */
    public boolean isPreviewable() {
        return this == PDF || isImage();
    }

    private static Predicate<byte[]> startingWith(int... signature) {
        byte[] bytes = new byte[signature.length];
        for (int i = 0; i < signature.length; i++) {
            bytes[i] = (byte) signature[i];
        }
        return content -> content.length >= bytes.length
                && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
    }

    /** A ZIP whose entries (their names stand unpacked in the headers) include the content types and this part. */
    private static Predicate<byte[]> packageWith(String partName) {
        byte[] contentTypes = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
        byte[] part = partName.getBytes(StandardCharsets.US_ASCII);
        return content -> ZIP.test(content) && contains(content, contentTypes) && contains(content, part);
    }

    /** An OLE2 compound file whose directory (names in UTF-16LE) holds this stream. */
    private static Predicate<byte[]> compoundFileWith(String streamName) {
        byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
        return content -> OLE2.test(content) && contains(content, name);
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        for (int start = 0; start <= content.length - wanted.length; start++) {
            if (Arrays.equals(content, start, start + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }
}
