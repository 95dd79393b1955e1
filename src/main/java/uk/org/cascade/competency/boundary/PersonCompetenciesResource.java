package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;

/**
 * A person's competencies on a day. A root resource of its own (not a sub-path of {@code v1/people}) so that
 * JAX-RS still routes {@code v1/people/{id}/employments} to the people resource.
 */
@Path("v1/people/{id}/competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "competency")
public class PersonCompetenciesResource {

    /** {@code since}: the start of the continuous holding; {@code expires}: null when it never expires. */
    public record HeldView(String code, String title, String level, String programmeCode, LocalDate since,
                           LocalDate expires) {
    }

    @Inject
    SignOffs signOffs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    @GET
    @Operation(operationId = "listPersonCompetencies",
            summary = "Competencies held on `date` (default today), past or future: [{code, title, level, since, expires}]")
    public List<HeldView> competencies(@PathParam("id") long id, @QueryParam("date") String date) {
        Validation check = new Validation();
        LocalDate asked = check.date(date, "date");
        check.orThrow();
        LocalDate day = asked == null ? today.date() : asked;
        return signOffs.held(id, day, currentUser.account()).stream().map(h -> new HeldView(h.competency().getCode(),
                h.competency().getTitle(), h.competency().getLevel().name(), h.competency().getProgramme().getCode(),
                h.since(), h.expires())).toList();
    }
}
