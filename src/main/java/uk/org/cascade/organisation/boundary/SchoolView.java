package uk.org.cascade.organisation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import uk.org.cascade.organisation.entity.School;

/** A school as API.md fixes it; {@code trainedStaff} counts, per programme code, those trained there today. */
public record SchoolView(int urn, String name, LocalAuthorityView localAuthority, String region, String phase,
                         String type, String status, LocalDate closeDate, String postcode, String urbanRural,
                         Integer imdDecile, Map<String, Long> trainedStaff) implements Serializable {

    public record LocalAuthorityView(int code, String name) implements Serializable {
    }

    public static SchoolView of(School s) {
        return of(s, Map.of());
    }

    public static SchoolView of(School s, Map<String, Long> trainedStaff) {
        return new SchoolView(s.getUrn(), s.getName(),
                new LocalAuthorityView(s.getLocalAuthority().getCode(), s.getLocalAuthority().getName()),
                s.getLocalAuthority().getRegion().getName(), s.getPhase(), s.getType(), s.getStatus().name(),
                s.getCloseDate(), s.getPostcode(), s.getUrbanRural(), s.getImdDecile(), trainedStaff);
    }
}
