package cn.zoneflow.domain.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a plain text (a title, then lines; a blank line a paragraph's end) as an A4 PDF, in a Chinese font of the
 * machine embedded as the subset the text uses, so the file reads and prints alike everywhere. The font is the
 * TrueType file {@code ZONEFLOW_PDF_FONT} names, or the first of Debian's Chinese TrueType fonts installed.
 */
public final class TextPdf {

    public static final String FONT_SETTING = "ZONEFLOW_PDF_FONT";

    /** Debian's packages fonts-wqy-zenhei, fonts-wqy-microhei, fonts-droid-fallback and fonts-arphic-uming. */
    static final List<Path> DEBIAN_FONTS = Stream.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc").map(Path::of).toList();

    private static final float MARGIN = 64;
    private static final float TITLE_SIZE = 18;
    private static final float TEXT_SIZE = 11.5f;
    private static final float LEADING = 1.6f;

    private final Path fontFile;

    public TextPdf(Path fontFile) {
        this.fontFile = fontFile;
    }

    /**
     * The font the settings name or the machine has.
     *
     * @throws IllegalStateException saying what to install when there is none
     */
    public static TextPdf withInstalledFont() {
        return new TextPdf(installedFont().orElseThrow(() -> new IllegalStateException("No Chinese TrueType font to "
                + "print PDFs with: install Debian's fonts-wqy-zenhei, or set " + FONT_SETTING + " to a .ttf or .ttc")));
    }

    /** The font the settings name, or the first Debian font found. */
    public static Optional<Path> installedFont() {
        String named = System.getProperty(FONT_SETTING, System.getenv(FONT_SETTING));
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isReadable);
        }
        return DEBIAN_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    public byte[] print(String title, String text) {
        try (PDDocument document = new PDDocument(); FontFile font = FontFile.open(fontFile)) {
            PDFont pdfFont = font.load(document);
            Writer writer = new Writer(document, pdfFont);
            writer.line(title, TITLE_SIZE, true);
            writer.skip(TEXT_SIZE);
            for (String line : text.split("\n", -1)) {
                if (line.isEmpty()) {
                    writer.skip(TEXT_SIZE * 0.6f);
                }
                for (String piece : wrap(pdfFont, line, TEXT_SIZE, writer.width())) {
                    writer.line(piece, TEXT_SIZE, false);
                }
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + title + " with " + fontFile, e);
        }
    }

    /** Chinese breaks between any two characters; a line is filled as far as it goes. */
    static List<String> wrap(PDFont font, String line, float size, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int end = 0;
        while (end < line.length()) {
            int next = line.offsetByCodePoints(end, 1);
            if (end > start && textWidth(font, line.substring(start, next), size) > width) {
                pieces.add(line.substring(start, end));
                start = end;
            }
            end = next;
        }
        if (start < line.length()) {
            pieces.add(line.substring(start));
        }
        return pieces;
    }

    private static float textWidth(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Lays lines down a page and opens the next page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        void line(String text, float size, boolean centred) throws IOException {
            if (y - size * LEADING < MARGIN) {
                content.close();
                newPage();
            }
            y -= size * LEADING;
            float x = centred ? (PDRectangle.A4.getWidth() - textWidth(font, text, size)) / 2 : MARGIN;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        void skip(float height) {
            y -= height;
        }

        void close() throws IOException {
            content.close();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    /** A .ttf, or the first font of a .ttc, open while the document that embeds it is written. */
    private record FontFile(TrueTypeCollection collection, Path file) implements AutoCloseable {

        static FontFile open(Path file) throws IOException {
            return file.toString().toLowerCase().endsWith(".ttc")
                    ? new FontFile(new TrueTypeCollection(file.toFile()), file)
                    : new FontFile(null, file);
        }

        PDFont load(PDDocument document) throws IOException {
            if (collection == null) {
                return PDType0Font.load(document, file.toFile());
            }
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            return PDType0Font.load(document, fonts.get(0), true);
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
        }
    }
}
