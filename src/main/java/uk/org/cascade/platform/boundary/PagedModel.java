package uk.org.cascade.platform.boundary;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.org.cascade.platform.control.SerializableFunction;

/** A PrimeFaces lazy table over any paged query: the database pages, the table only shows. */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableFunction<PageRequest, Page<T>> query;
    private final SerializableFunction<T, String> rowKey;

    public PagedModel(SerializableFunction<PageRequest, Page<T>> query, SerializableFunction<T, String> rowKey) {
        this.query = query;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(query.apply(PageRequest.of(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = query.apply(PageRequest.of(first / pageSize, pageSize));
        setRowCount(Math.toIntExact(page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }
}
