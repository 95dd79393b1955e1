package uk.org.cascade.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.PersonForms.Ending;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.people.control.PersonForms.NewPerson;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.control.Movers;
import uk.org.cascade.people.control.PersonForms.Move;
import uk.org.cascade.people.control.TurnoverPeriod;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;

/** People and employments: joiners and leavers. Scope rules live in {@link People}. */
@Path("v1/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class PeopleResource {

    /** At a school ({@code schoolUrn}) or with a team ({@code teamCode}); {@code workplace} names either. */
    public record EmploymentView(long id, Integer schoolUrn, String teamCode, String workplace, String jobTitle,
                                 LocalDate startDate, LocalDate endDate, String endReason, long version) {

        static EmploymentView of(Employment e) {
            return new EmploymentView(e.getId(), e.getSchool() == null ? null : e.getSchool().getUrn(),
                    e.getTeam() == null ? null : e.getTeam().getCode(), e.getWorkplace(), e.getJobTitle(),
                    e.getStartDate(), e.getEndDate(), e.getEndReason(), e.getVersion());
        }
    }

    /** A person with their current employments. */
    public record PersonView(long id, String name, String email, List<EmploymentView> employments, long version) {
    }

    @Inject
    People people;

    @Inject
    Movers movers;

    @Inject
    Today today;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "createPerson",
            summary = "Record a person (unique email, any case → 409); a coordinator includes their first employment")
    public Response create(NewPerson form) {
        Person person = people.create(required(form), reach());
        return Response.created(uri.getAbsolutePathBuilder().path(person.getId().toString()).build())
                .entity(view(person)).build();
    }

    @GET
    @Operation(operationId = "searchPeople",
            summary = "People whose name or email contains q, among those the caller may see")
    public Page<PersonView> search(@QueryParam("q") String q, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        Page<Person> found = people.search(q, reach(), PageRequest.of(page, size));
        Map<Long, List<Employment>> current = people.currentEmployments(found.items());
        return found.map(p -> view(p, current.getOrDefault(p.getId(), List.of())));
    }

    @GET
    @Path("turnover")
    @Operation(operationId = "listTurnover",
            summary = "Joiners and leavers per school over the last `days` days (default 90) or from `from` to `to` "
            + "(YYYY-MM-DD, both included), in the caller's scope")
    public List<People.Turnover> turnover(@QueryParam("days") String days, @QueryParam("from") String from,
                                          @QueryParam("to") String to) {
        return people.turnover(TurnoverPeriod.of(days, from, to, today.date()), reach());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson", summary = "One person in the caller's scope, with their employments")
    public PersonView get(@PathParam("id") long id) {
        return view(people.find(id, reach()));
    }

    @POST
    @Path("{id}/employments")
    @Operation(operationId = "addEmployment",
            summary = "A joiner: {schoolUrn, jobTitle, startDate, endDate?}; overlapping the same school → 422")
    public Response employ(@PathParam("id") long id, NewEmployment form) {
        Employment employment = people.addEmployment(id, required(form), reach());
        return Response.created(uri.getAbsolutePathBuilder().path(employment.getId().toString()).build())
                .entity(EmploymentView.of(employment)).build();
    }

    @POST
    @Path("{id}/employments/{eid}/end")
    @Operation(operationId = "endEmployment", summary = "A leaver: {endDate, reason?}; an end before the start → 422")
    public EmploymentView end(@PathParam("id") long id, @PathParam("eid") long employmentId, Ending form) {
        return EmploymentView.of(people.end(id, employmentId, form, reach()));
    }

    @POST
    @Path("{id}/employments/{eid}/move")
    @Operation(operationId = "moveEmployment",
            summary = "A mover: {endDate, schoolUrn, jobTitle, startDate? (the next day), reason?, version?}: ends "
            + "the job and starts one at the other school, both or neither")
    public Response move(@PathParam("id") long id, @PathParam("eid") long employmentId, Move form) {
        Employment employment = movers.move(id, employmentId, required(form), reach());
        return Response.created(uri.getBaseUriBuilder().path("v1/people").path(Long.toString(id)).path("employments")
                .path(employment.getId().toString()).build()).entity(EmploymentView.of(employment)).build();
    }

    private PersonView view(Person p) {
        return view(p, people.currentEmployments(p));
    }

    private static PersonView view(Person p, List<Employment> current) {
        return new PersonView(p.getId(), p.getName(), p.getEmail(), current.stream().map(EmploymentView::of).toList(),
                p.getVersion());
    }

    private Reach reach() {
        return Reach.of(currentUser.account());
    }

    private static <T> T required(T form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        return form;
    }
}
