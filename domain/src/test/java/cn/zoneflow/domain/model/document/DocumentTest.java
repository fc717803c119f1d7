package cn.zoneflow.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
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
}
