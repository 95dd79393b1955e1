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

    private int status() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object exception = request.get(RequestDispatcher.ERROR_EXCEPTION_TYPE);
        if (exception != null && exception.toString().contains("ViewExpiredException")) {
            return 419;
        }
        Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    public String getTitle() {
        return switch (status()) {
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case 419 -> "This page has expired";
            default -> "Something went wrong";
        };
    }

    public String getExplanation() {
        return switch (status()) {
            case 403 -> "Your role does not include this page. Ask an administrator if you think it should.";
            case 404 -> "Check the address, or start again from your home page.";
            case 419 -> "The page was open too long, or you signed out in another tab. Nothing was saved; please go back and try again.";
            default -> "We could not finish what you asked. Nothing was changed. Please try again; if it happens again, tell your administrator.";
        };
    }
}
