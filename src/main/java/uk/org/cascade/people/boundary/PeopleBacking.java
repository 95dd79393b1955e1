package uk.org.cascade.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PagedModel;
import uk.org.cascade.security.control.CurrentUser;

/** People search: by name or email, within the caller's reach, with where each works now. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the list. */
    public record Row(long id, String name, String email, String workplaces) implements Serializable {
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    // Worked out again on whichever instance holds the session: it is the caller's, not the view's.
    private transient Reach reach;
    private String search;

    private final PagedModel<Row> model = new PagedModel<>(slice -> {
        Page<Person> found = people.search(search, reach(), slice.page());
        Map<Long, List<Employment>> current = people.currentEmployments(found.items());
        return found.map(p -> new Row(p.getId(), p.getName(), p.getEmail(), current.getOrDefault(p.getId(), List.of())
                .stream().map(e -> e.getWorkplace() + " (" + e.getJobTitle() + ")").collect(Collectors.joining("; "))));
    }, row -> Long.toString(row.id()));

    private Reach reach() {
        if (reach == null) {
            reach = Reach.of(currentUser.account());
        }
        return reach;
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
