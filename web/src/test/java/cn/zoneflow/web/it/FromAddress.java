package cn.zoneflow.web.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * API calls sent from another loopback address than 127.0.0.1 (Linux answers the whole of 127.0.0.0/8), as a
 * second client machine would; Java's HTTP client cannot choose its source address, so this speaks HTTP itself.
 */
final class FromAddress {

    /** An answer: its status, its Retry-After header (empty when none) and its body. */
    record Reply(int status, String retryAfter, String body) {
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private final InetAddress source;
    private final URL base;

    FromAddress(String loopbackAddress, URL base) {
        try {
            this.source = InetAddress.getByName(loopbackAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.base = Deployments.root(base);
    }

    /** A GET of {@code /api/<path>} signed in with the given name and password (HTTP/1.0: one plain body). */
    Reply get(String path, String username, String password) {
        return get(path, username, password, null);
    }

    /**
     * The same, passed on by a proxy for the client at {@code forwardedFor} (when not null); each line of it is sent as
     * a header line of its own, as a proxy appends one to a header the client sent already.
     */
    Reply get(String path, String username, String password, String forwardedFor) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + "api/" + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8))
                    + (forwardedFor == null ? "" : "\r\nX-Forwarded-For: "
                    + forwardedFor.replace("\n", "\r\nX-Forwarded-For: "))
                    + "\r\nAccept-Language: zh-CN\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headersEnd);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Reply(status, header(head, "retry-after"), response.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException("ZoneFlow did not answer from " + source, e);
        }
    }

    private static String header(String head, String name) {
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
    }
}
