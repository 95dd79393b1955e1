package uk.org.cascade.coverage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/** Coverage targets of the local authorities a coordinator coordinates (all of them, for an administrator). */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One authority's target as edited on the page, with the version it was read at. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int code;
        private final String name;
        private final long version;
        private Integer target;

        Row(LocalAuthority la) {
            code = la.getCode();
            name = la.getName();
            version = la.getVersion();
            target = la.getCoverageTarget();
        }

        public int getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Integer getTarget() {
            return target;
        }

        public void setTarget(Integer target) {
            this.target = target;
        }
    }

    @Inject
    Coverage coverage;

    @Inject
    CurrentUser currentUser;

    private List<Row> rows;

    @PostConstruct
    void init() {
        rows = coverage.localAuthorities(currentUser.account()).stream().map(Row::new).toList();
    }

    public String save(Row row) {
        boolean saved = Messages.attempt(() -> coverage.setLocalAuthorityTarget(currentUser.account(), row.code,
                row.target, row.version), Map.of());
        if (!saved) {
            return null;
        }
        Messages.done("Target saved for " + row.name + ".");
        return "/coverage/targets?faces-redirect=true";
    }

    public List<Row> getRows() {
        return rows;
    }
}
