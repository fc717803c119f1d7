package cn.zoneflow.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An error page is a page of its own, not the answer to the form whose request failed: without this, the failed
 * request's view state makes the error page a postback of a view it never rendered, which PrimeFaces refuses for want
 * of that view's nonce — an expired page or a form sent without its nonce ended in a bare 500.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutFormState(request), response);
    }

    /** The request without the failed form's view state, which is all Faces reads to tell a postback. */
    private static final class WithoutFormState extends HttpServletRequestWrapper {

        WithoutFormState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return ScreenMethods.VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return ScreenMethods.VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream()
                    .filter(parameter -> !ScreenMethods.VIEW_STATE.equals(parameter.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
