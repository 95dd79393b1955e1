package uk.org.cascade.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.cascade.people.boundary.UserView;
import uk.org.cascade.people.control.Users;
import uk.org.cascade.platform.boundary.PagedModel;

/** The users list: paged in the database, searched by name or email. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    private String search;

    private final PagedModel<UserView> model = new PagedModel<>(slice -> users.page(search, slice.page()).map(UserView::of),
            user -> Long.toString(user.id()));

    public PagedModel<UserView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
