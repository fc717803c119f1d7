package cn.zoneflow.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

public class DocumentTest {

    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    private final Project project = ProjectTest.signedProject();

    private Document upload(String name, byte[] content) {
        return new Document(project, "LAND_USE", name, content, "officer.jinzhong", NOW);
    }

    @Test
    void tellsPdfPngAndJpegByTheirFirstBytes() {
        assertThat(upload("a.bin", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).kind())
                .isEqualTo(DocumentKind.PDF);
        assertThat(upload("a.bin", PNG).kind()).isEqualTo(DocumentKind.PNG);
        assertThat(upload("a.bin", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).kind())
                .isEqualTo(DocumentKind.JPEG);
    }

    @Test
    void refusesAnythingElseWhateverItsNameSays() {
        assertThatThrownBy(() -> upload("宗地图.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("document.kind");
        assertThatThrownBy(() -> upload("空.pdf", new byte[0]))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("document.empty");
    }

    @Test
    void refusesMoreThanTwentyMegabytes() {
        byte[] large = Arrays.copyOf(PNG, Document.MAX_BYTES + 1);
        assertThatThrownBy(() -> upload("现场照片.png", large))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("document.tooLarge");
        assertThat(upload("现场照片.png", Arrays.copyOf(PNG, Document.MAX_BYTES)).sizeBytes())
                .isEqualTo(Document.MAX_BYTES);
    }

    @Test
    void keepsOnlyTheFilesOwnNameAndItsFingerprint() {
        Document document = upload("C:\\fakepath\\申报\u0007材料.png", PNG);

        assertThat(document.fileName()).isEqualTo("申报材料.png");
        assertThat(document.sha256()).hasSize(64);
        assertThat(upload("../../", PNG).fileName()).isEqualTo("document.png");
    }

    @Test
    void tellsWordAndExcelFilesByWhatTheyHoldNotByTheirName() {
        byte[] docx = zipWith("[Content_Types].xml", "word/document.xml");
        byte[] xlsx = zipWith("[Content_Types].xml", "xl/workbook.xml");

        assertThat(upload("承诺书.pdf", docx).kind()).isEqualTo(DocumentKind.DOCX);
        assertThat(upload("台账", xlsx).kind()).isEqualTo(DocumentKind.XLSX);
        assertThat(upload("a.doc", compoundFileWith("WordDocument")).kind()).isEqualTo(DocumentKind.DOC);
        assertThat(upload("a.xls", compoundFileWith("Workbook")).kind()).isEqualTo(DocumentKind.XLS);
        assertThatThrownBy(() -> upload("a.docx", zipWith("[Content_Types].xml", "payload.exe")))
                .as("a ZIP that is no Word or Excel file").hasMessageStartingWith("document.kind");
        assertThat(DocumentKind.DOCX.isPreviewable()).isFalse();
        assertThat(DocumentKind.PDF.isPreviewable()).isTrue();
    }

    @Test
    void evidenceRemembersTheStepItWasAttachedAt() {
        Document evidence = Document.atStep(project, new AttachedStep("42", "requestStageMove", "7"), null,
                "开工许可.png", PNG, "officer.jinzhong", NOW);

        assertThat(evidence.attachedAt()).contains(new AttachedStep("42", "requestStageMove", "7"));
        assertThat(upload("a.png", PNG).attachedAt()).isEmpty();
    }

    private static byte[] zipWith(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The OLE2 signature and, further on, a directory entry's name in UTF-16LE. */
    private static byte[] compoundFileWith(String streamName) {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] content = Arrays.copyOf(header, 1024);
        byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, content, 512, name.length);
        return content;
    }
}
