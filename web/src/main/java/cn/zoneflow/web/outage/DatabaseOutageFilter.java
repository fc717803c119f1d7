package cn.zoneflow.web.outage;

import cn.zoneflow.domain.infrastructure.persistence.DatabaseOutage;
import cn.zoneflow.web.i18n.LanguageView;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Outermost of the filters (web.xml puts it first): a page or call that failed because the database is out of reach
 * answers 503 "temporarily unavailable" instead of the error page, which would need the database too. Nothing was
 * written: the failed transaction rolled back.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Inject
    private transient LanguageView language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database out of reach: " + request.getMethod() + " " + request.getRequestURI()
                    + " answered 503");
            Unavailable.write(request, response, language::getLocale);
        }
    }
}
