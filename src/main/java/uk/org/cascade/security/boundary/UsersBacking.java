package uk.org.cascade.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/** The users list: paged in the database, searched by name or email. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Users users;

    private String search;

    private final LazyDataModel<UserView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.page(search, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<UserView> page = users.page(search, PageRequest.of(first / pageSize, pageSize)).map(UserView::of);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(UserView user) {
            return Long.toString(user.id());
        }
    };

    public LazyDataModel<UserView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
