package uk.org.cascade.platform.boundary;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.org.cascade.platform.control.SerializableFunction;

/** A PrimeFaces lazy table over any paged query: the database pages and sorts, the table only shows. */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The page wanted, and the column the user sorted by (null for the query's own order). */
    public record Slice(PageRequest page, String sortField, boolean ascending) {
    }

    private final SerializableFunction<Slice, Page<T>> query;
    private final SerializableFunction<T, String> rowKey;

    public PagedModel(SerializableFunction<Slice, Page<T>> query, SerializableFunction<T, String> rowKey) {
        this.query = query;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(query.apply(new Slice(PageRequest.of(0, 1), null, true)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        Page<T> page = query.apply(new Slice(PageRequest.of(first / pageSize, pageSize),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder().isAscending()));
        setRowCount(Math.toIntExact(page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }
}
