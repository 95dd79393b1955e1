package uk.org.cascade.platform.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form sent from a page the server no longer holds (open too long, signed out in another tab, or a forged
 * view state) is refused with a plain "this page has expired" page and status 400, never a 500: nothing in the
 * form was carried out, and reloading the page is all the person needs to do.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

    /** Marks the request for {@link ErrorPage}, which words the error page for an expired form. */
    static final String EXPIRED = ExpiredPages.class.getName() + ".expired";

    public ExpiredPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                if (expired(events.next().getContext().getException())) {
                    events.remove();
                    answerExpired(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void answerExpired(FacesContext faces) {
            if (faces.getResponseComplete()) {
                return;
            }
            ExternalContext external = faces.getExternalContext();
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    // A script sent it: the browser can only follow a redirect, so the page is simply reloaded.
                    external.redirect(external.getRequestContextPath() + external.getRequestServletPath());
                } else {
                    external.getRequestMap().put(EXPIRED, Boolean.TRUE);
                    external.responseSendError(400, "This page has expired");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
