package cn.zoneflow.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedFileTest {

    private static String asTheContainerReadsIt(String sent) {
        return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aMultipartNameSentAsUtf8IsTheNameTheSenderWrote() {
        assertThat(UploadedFile.sentAsUtf8(asTheContainerReadsIt("营业执照（盖章）.png"))).isEqualTo("营业执照（盖章）.png");
        assertThat(UploadedFile.sentAsUtf8("site-photo.png")).isEqualTo("site-photo.png");
    }

    @Test
    void aNameThatIsNoUtf8IsLeftAsRead() {
        assertThat(UploadedFile.sentAsUtf8("caf\u00e9.png")).isEqualTo("caf\u00e9.png");
        assertThat(UploadedFile.sentAsUtf8("宗地图.png")).isEqualTo("宗地图.png");
    }
}
