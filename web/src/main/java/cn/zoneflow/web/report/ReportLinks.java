package cn.zoneflow.web.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The report pages' addresses, built so that a reader can bookmark and reload what they chose. */
final class ReportLinks {

    private ReportLinks() {
    }

    /** {@code &name=value}, encoded; nothing for a value left empty. */
    static String parameter(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        return "&" + name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8);
    }
}
