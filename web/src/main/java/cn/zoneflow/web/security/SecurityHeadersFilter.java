package cn.zoneflow.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries so browsers do not guess content types, leak addresses to other sites or use
 * features ZoneFlow never needs. Pages get their Content-Security-Policy, with per-response nonces, from
 * PrimeFaces (primefaces.CSP); API answers, which are data and never run anything, get the strictest one here.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the container would otherwise name itself and its version to anyone probing for known weaknesses
        response.setHeader("Server", "");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // API answers and documents are data, never pages: nothing in them may run or load
        if (request.getServletPath().startsWith("/api") || request.getServletPath().startsWith("/documents")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        // pages and answers show project data that must not stay in a shared computer's cache; scripts and styles may
        if (!request.getServletPath().startsWith(FACES_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
