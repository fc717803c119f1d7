package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's {@code /openapi} document passes Redocly's recommended rules, as client generators and API gateways
 * expect of it: a sign-in scheme, one id and a summary per call, and the statuses each call really answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    /** Known to install from the npm registry on Node.js 20. */
    private static final String REDOCLY = "@redocly/cli@1.34.5";

    @ArquillianResource
    private URL base;

    @Test
    void theApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("/openapi")).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(document.statusCode()).isEqualTo(200);
        Path file = Files.createDirectories(Path.of("target", "openapi")).resolve("openapi.yaml");
        Files.writeString(file, document.body(), StandardCharsets.UTF_8);

        Path report = file.resolveSibling("redocly-lint.txt");
        Process lint = start(List.of("npx", "--yes", REDOCLY, "lint", file.toString(), "--format=stylish",
                "--max-problems=500"), report);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("redocly lint ends within 5 minutes").isTrue();

        String problems = Files.readString(report);
        assertThat(lint.exitValue()).as("redocly lint of %s:%n%s", file, problems).isZero();
        assertThat(problems).as("every answer's schema is one a call answers with").doesNotContain("no-unused-components");
        assertThat(document.body()).doesNotContain("\nendpoints:").contains("/api/projects", "zoneflowAccount");
    }

    private static Process start(List<String> command, Path output) throws IOException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Linting /openapi needs Node.js with npx (Debian: apt-get install nodejs"
                    + " npm) and the npm registry to fetch " + REDOCLY, e);
        }
    }
}
