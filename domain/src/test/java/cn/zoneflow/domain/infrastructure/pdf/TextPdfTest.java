package cn.zoneflow.domain.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TextPdfTest {

    private static TextPdf printer() {
        Path font = TextPdf.installedFont().orElseThrow(() -> new AssertionError(
                "No Chinese font to print with: apt-get install fonts-wqy-zenhei (or set " + TextPdf.FONT_SETTING
                        + ")"));
        return new TextPdf(font);
    }

    @Test
    void printsChineseTextThatReadsBackAsWrittenAndWrapsLongLinesWithinThePage() throws IOException {
        String longLine = "本单位自愿对下列审批事项实行承诺制办理，".repeat(12);
        byte[] pdf = printer().print("企业信用承诺书", "承诺单位：晋中示范区测试企业\n\n" + longLine + "\n签署时间：2026-12-07");

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String read = new PDFTextStripper().getText(document);
            assertThat(read).contains("企业信用承诺书", "承诺单位：晋中示范区测试企业", "签署时间：2026-12-07");
            assertThat(read.replaceAll("\\s", "")).contains(longLine);
            assertThat(read.lines().filter(line -> line.startsWith("本单位")).findFirst().orElseThrow())
                    .hasSizeLessThan(longLine.length());
        }
    }

    @Test
    void aTextLongerThanAPageGoesOnTheNextPage() throws IOException {
        byte[] pdf = printer().print("开发区服务承诺书", "一行承诺\n".repeat(80));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
