package cn.zoneflow.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the REST API as one user (HTTP Basic), as an integration of the province would. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "Demo#2026";
    /** Far beyond any answer's time: a request this slow is hanging, and the test says so instead of waiting on. */
    private static final Duration HANG = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI api;
    private final String authorization;
    private String language = "zh-CN";
    private String origin;

    private ApiClient(URL base, String username, String password) {
        this(URI.create(Deployments.root(base).toString()).resolve("api/"), username, password);
    }

    private ApiClient(URI api, String username, String password) {
        this(api, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient(URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    public static ApiClient as(URL base, String username) {
        return new ApiClient(base, username, DEMO_PASSWORD);
    }

    public static ApiClient withPassword(URL base, String username, String password) {
        return new ApiClient(base, username, password);
    }

    /** Another user's client on the same ZoneFlow. */
    public ApiClient colleague(String username) {
        return new ApiClient(api, username, DEMO_PASSWORD);
    }

    /** A client presenting the token given instead of a password. */
    public ApiClient presenting(String token) {
        return new ApiClient(api, "Bearer " + token);
    }

    /** Signs in once with this client's password and presents the token it got from then on. */
    public ApiClient signedInWithToken() {
        Answer signedIn = post("tokens");
        if (signedIn.status() != 200) {
            throw new IllegalStateException("signing in for a token answered " + signedIn.status() + ": "
                    + signedIn.body());
        }
        return presenting(signedIn.json().getString("access_token"));
    }

    public ApiClient inEnglish() {
        language = "en";
        return this;
    }

    /** Sends every request as a browser does from a page of that origin, e.g. {@code https://evil.example}. */
    public ApiClient sentFrom(String pageOrigin) {
        origin = pageOrigin;
        return this;
    }

    /** An answer: its status, content type, body and every header. */
    public record Answer(int status, String contentType, String body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Answer put(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends any bytes as a JSON body, as a careless or hostile client might. */
    public Answer sendRaw(String method, String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a file as the request body, with its content type. */
    public Answer upload(String path, byte[] content, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Sends a file as a browser's form does: multipart, in the given field. */
    public Answer uploadForm(String path, String field, String fileName, byte[] content) {
        String boundary = "zoneflow-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail))));
    }

    /** The bytes of a download that must succeed. */
    public byte[] download(String path) {
        HttpResponse<byte[]> response = exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(HANG)
                .header("Authorization", authorization)
                .header("Accept-Language", language);
        return origin == null ? request : request.header("Origin", origin);
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("ZoneFlow did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
