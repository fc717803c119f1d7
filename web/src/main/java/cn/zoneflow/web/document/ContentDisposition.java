package cn.zoneflow.web.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a download names its file: Chinese names survive as RFC 6266 {@code filename*}, never raw in the header. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; " + fileNameParameter(fileName);
    }

    public static String inline(String fileName) {
        return "inline; " + fileNameParameter(fileName);
    }

    private static String fileNameParameter(String fileName) {
        return "filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
