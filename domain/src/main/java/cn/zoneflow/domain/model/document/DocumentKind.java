package cn.zoneflow.domain.model.document;

import java.util.Arrays;
import java.util.Optional;

/** What a document is, as its first bytes say: a name ending in .pdf proves nothing. */
public enum DocumentKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] signature;

    DocumentKind(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** The kind the content starts like, if it is one ZoneFlow keeps. */
    public static Optional<DocumentKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a browser can show it as a picture (a preview beside the list). */
    public boolean isImage() {
        return this != PDF;
    }
}
