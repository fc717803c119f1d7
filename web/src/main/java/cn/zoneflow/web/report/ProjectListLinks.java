package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.user.Scope;

/** Addresses of the project list narrowed to a place and one filter: the projects behind a figure. */
final class ProjectListLinks {

    private static final String PAGE = "/project/list.xhtml";

    private ProjectListLinks() {
    }

    static String of(Scope place, String filter, String value) {
        String placeFilter = place.match(() -> ReportLinks.parameter("city", null),
                city -> ReportLinks.parameter("city", city), zone -> ReportLinks.parameter("zone", zone));
        return PAGE + "?" + (placeFilter + ReportLinks.parameter(filter, value)).substring(1);
    }
}
