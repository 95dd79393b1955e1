package uk.org.cascade.refresher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import uk.org.cascade.coverage.control.RefresherNeeds;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Programme;

/** Refresher's answer to the coverage summary: the demand page's figures for one local authority and programme. */
@ApplicationScoped
public class RefresherNeedsForCoverage implements RefresherNeeds {

    @Inject
    RefresherQueries queries;

    @Override
    public Optional<Need> placesNeeded(Competency competency, int la, LocalDate asOf, int months) {
        Programme refresher = competency.getRefresherProgramme();
        if (refresher == null) {
            return Optional.empty();
        }
        // Scope was checked by the caller for this one local authority, so no coordinator's scope narrows it further
        return Optional.of(new Need(refresher.getTitle(), queries.demandOver(asOf, months, la, Optional.empty()).stream()
                .filter(r -> r.programmeCode().equals(refresher.getCode()))
                .map(r -> new Month(YearMonth.parse(r.month()), r.places())).toList()));
    }
}
