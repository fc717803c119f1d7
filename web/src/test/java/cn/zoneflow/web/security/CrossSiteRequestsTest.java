package cn.zoneflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests a browser sent from another site's page, and so are refused before they change anything. */
class CrossSiteRequestsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "POST, https://evil.example, none, zoneflow.sx.gov.cn",
        "POST, http://127.0.0.1:9999, none, 127.0.0.1:8080",
        "PUT, null, none, 127.0.0.1:8080",
        "DELETE, not a url, none, 127.0.0.1:8080",
        "POST, none, cross-site, 127.0.0.1:8080",
        "post, none, same-site, zoneflow.sx.gov.cn"})
    void refusesAChangeSentFromAnotherSitesPage(String method, String origin, String fetchSite, String host) {
        assertThat(CrossSiteRequests.refused(method, origin, fetchSite, host)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "POST, http://127.0.0.1:8080, same-origin, 127.0.0.1:8080",
        "POST, https://ZoneFlow.sx.gov.cn, none, zoneflow.sx.gov.cn:443",
        "POST, http://[::1]:8080, none, [::1]:8080",
        "POST, none, none, 127.0.0.1:8080",
        "POST, none, same-origin, 127.0.0.1:8080"})
    void letsThroughTheAppsOwnPagesAndProgramsThatNameNoOrigin(String method, String origin, String fetchSite,
            String host) {
        assertThat(CrossSiteRequests.refused(method, origin, fetchSite, host)).isFalse();
    }

    @Test
    void readingIsNeverRefusedSinceItChangesNothing() {
        assertThat(CrossSiteRequests.refused("GET", "https://evil.example", "cross-site", "127.0.0.1:8080")).isFalse();
    }
}
