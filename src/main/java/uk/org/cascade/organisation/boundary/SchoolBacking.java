package uk.org.cascade.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.org.cascade.organisation.control.TrainedStaff;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/** One school's page, by URN; a school beyond the caller's scope is "not found", as in the API. */
@Named
@RequestScoped
public class SchoolBacking {

    @Inject
    Schools schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    TrainedStaff trainedStaff;

    private Integer urn;
    private SchoolView school;

    public void load() throws IOException {
        try {
            school = SchoolView.of(schools.find(urn, Schools.reachOf(currentUser.account())),
                    trainedStaff.atSchoolToday(urn));
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    public Integer getUrn() {
        return urn;
    }

    public void setUrn(Integer urn) {
        this.urn = urn;
    }

    public SchoolView getSchool() {
        return school;
    }
}
