package cn.zoneflow.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for the audit trail and the sign-in throttle. Behind a reverse proxy every
 * request arrives from the proxy: when it comes from one of {@code ZONEFLOW_TRUSTED_PROXIES} (addresses, comma
 * separated), the client is the last address of {@code X-Forwarded-For} that is not such a proxy — the header's lines
 * read as one list, in order, since a proxy appends its own line when the client sent one already. A header from
 * anyone else is ignored, since a client can write whatever it likes into it.
 */
@ApplicationScoped
public class ClientAddress {

    static final String TRUSTED_PROXIES = "ZONEFLOW_TRUSTED_PROXIES";
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    public ClientAddress() {
        this(System.getenv(TRUSTED_PROXIES));
    }

    ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        List<String> lines = Collections.list(request.getHeaders("X-Forwarded-For"));
        return of(request.getRemoteAddr(), lines.isEmpty() ? null : String.join(",", lines));
    }

    String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int hop = hops.size() - 1; hop >= 0; hop--) {
            String address = hops.get(hop);
            if (!IP_ADDRESS.matcher(address).matches()) {
                return peer;
            }
            if (!trustedProxies.contains(address)) {
                return address;
            }
        }
        return peer;
    }
}
