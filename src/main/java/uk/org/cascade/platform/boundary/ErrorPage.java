package uk.org.cascade.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/** Plain words for the error page, whatever went wrong; never a stack trace. */
@Named
@RequestScoped
public class ErrorPage {

    /** Not an HTTP status: the error page's own word for a form sent from an expired page (answered 400). */
    private static final int EXPIRED = -1;

    private Map<String, Object> request() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    private int status() {
        Map<String, Object> request = request();
        Object exception = request.get(RequestDispatcher.ERROR_EXCEPTION_TYPE);
        if (Boolean.TRUE.equals(request.get(ExpiredPages.EXPIRED))
                || exception != null && exception.toString().contains("ViewExpiredException")) {
            return EXPIRED;
        }
        Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    public boolean isExpired() {
        return status() == EXPIRED;
    }

    public String getTitle() {
        return switch (status()) {
            case 400 -> "Cascade could not read that request";
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case EXPIRED -> "This page has expired";
            default -> "Something went wrong";
        };
    }

    public String getExplanation() {
        return switch (status()) {
            case 400 -> "Check the address, or start again from your home page.";
            case 403 -> "Your role does not include this page. Ask an administrator if you think it should.";
            case 404 -> "Check the address, or start again from your home page.";
            case EXPIRED -> "The page was open too long, or you signed out in another tab, so Cascade did not act on it: "
                    + "nothing was saved. Reload the page and make your change again.";
            default -> "We could not finish what you asked. Nothing was changed. Please try again; if it happens again, tell your administrator.";
        };
    }

    /** The page the expired form came from, on this server only (a path, never another site). */
    public String getPageToReload() {
        Object uri = request().get(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : null;
    }
}
