package uk.org.cascade.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The refusals of this request for the page's error summary (GOV.UK pattern): one entry per error, linking to
 * the field it is about, or with no link when it concerns the whole form.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One error; {@code field} is the client id of its input, or null. */
    public record Entry(String field, String text) {
    }

    public List<Entry> getEntries() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Entry> entries = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            Iterator<FacesMessage> messages = faces.getMessages(id);
            while (messages.hasNext()) {
                FacesMessage m = messages.next();
                Entry entry = new Entry(id, m.getSummary());
                if (m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal() && !entries.contains(entry)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }
}
