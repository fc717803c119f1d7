package cn.zoneflow.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request that changes something was sent by a page of another site: a browser that still holds a
 * user's session or HTTP Basic credentials would otherwise send them along with a form posted from anywhere. A
 * browser names the page's origin ({@code Origin}) and, in current browsers, how it relates to ZoneFlow
 * ({@code Sec-Fetch-Site}); programs calling the API send neither and are not affected.
 */
final class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSiteRequests() {
    }

    /**
     * @param origin the {@code Origin} header, or null
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param host the {@code Host} header the request was sent to
     */
    static boolean refused(String method, String origin, String fetchSite, String host) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        return origin != null && !sameAuthority(origin, host);
    }

    /** "null" (a sandboxed page, a local file) or an address that does not parse is another site too. */
    private static boolean sameAuthority(String origin, String host) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || host == null) {
                return false;
            }
            return authority(uri.getHost(), uri.getPort(), uri.getScheme()).equals(hostHeader(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String hostHeader(String host, String scheme) {
        String written = host.strip().toLowerCase(Locale.ROOT);
        int colon = written.lastIndexOf(':');
        if (colon > written.lastIndexOf(']')) {
            return authority(written.substring(0, colon), Integer.parseInt(written.substring(colon + 1)), scheme);
        }
        return authority(written, -1, scheme);
    }

    /** host:port, the scheme's default port written out, so that "example.cn" and "example.cn:443" agree. */
    private static String authority(String host, int port, String scheme) {
        int effective = port != -1 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        return host.toLowerCase(Locale.ROOT) + ":" + effective;
    }
}
