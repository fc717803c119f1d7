package cn.zoneflow.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * A call the container refuses before the REST application sees it — an enterprise's account calling the zone's API,
 * a zone's account calling the portal's, both by the security constraints — is answered as the API answers, with a
 * problem detail in the caller's language, not with the error page meant for screens.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorAnswers extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Map<Integer, String> PROBLEMS = Map.of(
            HttpServletResponse.SC_FORBIDDEN, "api.problem.roleRequired",
            HttpServletResponse.SC_NOT_FOUND, "api.problem.notFound");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String problem = status instanceof Integer code ? PROBLEMS.get(code) : null;
        if (problem != null && uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemResponse.write(request, response, (Integer) status, problem);
        } else {
            chain.doFilter(request, response);
        }
    }
}
