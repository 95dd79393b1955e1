package uk.org.cascade.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.org.cascade.organisation.boundary.Schools.Filter;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.Region;
import uk.org.cascade.platform.boundary.PagedModel;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.Scope;

/** The schools list: filters, a lazy sorted table, and exports of exactly what is listed. */
@Named
@ViewScoped
public class SchoolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A local authority in a filter menu. */
    public record LaOption(int code, String label) implements Serializable {
    }

    @Inject
    Schools schools;

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    // Worked out again on whichever instance holds the session: it is the caller's, not the view's.
    private transient Optional<Scope> reach;
    // Menus are read once per view: Faces calls getters several times per render.
    private List<LaOption> localAuthorityOptions;
    private List<String> phaseOptions;
    private List<String> urbanRuralOptions;
    private Integer la;
    private String region;
    private String phase;
    private String status;
    private String q;
    private String urbanRural;
    private Integer imdDecile;

    private final PagedModel<SchoolView> model = new PagedModel<>(
            slice -> schools.page(filter(), reach(), slice.page(), slice.sortField(), slice.ascending()).map(SchoolView::of),
            school -> Integer.toString(school.urn()));

    @PostConstruct
    void init() {
        localAuthorityOptions = em.createQuery("SELECT l FROM LocalAuthority l JOIN FETCH l.region ORDER BY l.name",
                        LocalAuthority.class).getResultStream()
                .filter(l -> reach().map(s -> s.includes(l.getCode(), l.getRegion().getName())).orElse(true))
                .map(l -> new LaOption(l.getCode(), l.getName() + " (" + l.getCode() + ")")).toList();
        phaseOptions = schools.values("phase", reach());
        urbanRuralOptions = schools.values("urbanRural", reach());
    }

    private Optional<Scope> reach() {
        if (reach == null) {
            reach = Schools.reachOf(currentUser.account());
        }
        return reach;
    }

    Filter filter() {
        return new Filter(la, region, phase, status, q, urbanRural, imdDecile);
    }

    /** The export address with the filters on screen, so the file holds what the table lists. */
    public String exportUrl(String format) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", format);
        params.put("la", la);
        params.put("region", region);
        params.put("phase", phase);
        params.put("status", status);
        params.put("q", q);
        params.put("urbanRural", urbanRural);
        params.put("imdDecile", imdDecile);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/schools/export?"
                + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<LaOption> getLocalAuthorityOptions() {
        return localAuthorityOptions;
    }

    public List<String> getRegionOptions() {
        return Region.ENGLAND;
    }

    public List<String> getPhaseOptions() {
        return phaseOptions;
    }

    public List<String> getUrbanRuralOptions() {
        return urbanRuralOptions;
    }

    public List<Integer> getDecileOptions() {
        return IntStream.rangeClosed(1, 10).boxed().toList();
    }

    public PagedModel<SchoolView> getModel() {
        return model;
    }

    public Integer getLa() {
        return la;
    }

    public void setLa(Integer la) {
        this.la = la;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getUrbanRural() {
        return urbanRural;
    }

    public void setUrbanRural(String urbanRural) {
        this.urbanRural = urbanRural;
    }

    public Integer getImdDecile() {
        return imdDecile;
    }

    public void setImdDecile(Integer imdDecile) {
        this.imdDecile = imdDecile;
    }
}
