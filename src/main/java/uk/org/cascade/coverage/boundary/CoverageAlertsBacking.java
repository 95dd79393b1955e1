package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.control.Coverage;
import uk.org.cascade.coverage.entity.CoverageAlert;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;

/** The dashboard's turnover alerts: the latest open ones in the caller's area, each acknowledged with a click. */
@Named
@RequestScoped
public class CoverageAlertsBacking {

    @Inject
    Coverage coverage;

    @Inject
    CurrentUser currentUser;

    private List<CoverageAlert> alerts;

    /** The latest open alerts in the caller's area (the API pages all of them). */
    public List<CoverageAlert> getAlerts() {
        if (alerts == null) {
            alerts = coverage.alerts(currentUser.account(), true, new PageRequest(0, 20)).items();
        }
        return alerts;
    }

    public String acknowledge(long id, long version) {
        if (Messages.attempt(() -> coverage.acknowledge(currentUser.account(), id, version), Map.of())) {
            Messages.done("Alert acknowledged.");
            return "/coverage/dashboard?faces-redirect=true";
        }
        return null;
    }
}
