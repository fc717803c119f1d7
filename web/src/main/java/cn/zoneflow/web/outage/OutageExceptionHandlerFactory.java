package cn.zoneflow.web.outage;

import cn.zoneflow.domain.infrastructure.persistence.DatabaseOutage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An Ajax request of a screen that failed because the database is out of reach would come back as a partial
 * response the page does not show: the page is loaded again instead, and that full request is answered
 * "temporarily unavailable" by {@link DatabaseOutageFilter}, with the page's own address to try again. (A failure
 * before the screens, in a filter, is answered the same way by the filter itself.)
 */
public class OutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public OutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new OutageExceptionHandler(getWrapped().getExceptionHandler());
    }

    private static final class OutageExceptionHandler extends ExceptionHandlerWrapper {

        OutageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                boolean reloading = false;
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (DatabaseOutage.causedBy(events.next().getContext().getException())) {
                        events.remove();
                        reloading = true;
                    }
                }
                if (reloading) {
                    reload(faces);
                }
            }
            getWrapped().handle();
        }

        private static void reload(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            String page = Unavailable.pageToReload((HttpServletRequest) external.getRequest());
            try {
                external.redirect(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
