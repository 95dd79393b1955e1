package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.control.LocalAuthorityNames;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * The home page: one section per role the user holds. A card links only to what exists; cards for
 * work still to come say so instead of linking nowhere.
 */
@Named
@RequestScoped
public class Home {

    public record Card(String title, String text, String outcome) {
    }

    public record Section(String role, String heading, List<Card> cards) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalAuthorityNames localAuthorityNames;

    public String getRoleLabels() {
        return currentUser.account().getRoles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    public List<Section> getSections() {
        UserAccount user = currentUser.account();
        List<Section> sections = new ArrayList<>();
        for (Role role : user.getRoles()) {
            sections.add(new Section(role.name().toLowerCase(), role.label(), cards(role, user.scope())));
        }
        return sections;
    }

    private List<Card> cards(Role role, Scope scope) {
        return switch (role) {
            case ADMIN -> List.of(
                    new Card("Coverage dashboard", "Coverage across England: covered, at risk, gaps and trends.",
                            "/coverage/dashboard"),
                    new Card("Users", "Create users, set their roles and a coordinator's scope, deactivate leavers.",
                            "/security/users"),
                    new Card("Audit trail", "Every change to users, sign-offs, enrolments and supervision, with before and after.",
                            "/audit/events"),
                    new Card("Import schools", "Load and update schools from the DfE's GIAS establishments file, "
                            + "with a preview before anything changes.", "/organisation/gias"),
                    new Card("Programmes and competencies", "Programmes, modules and the competencies they lead to.", "/curriculum/programmes"),
                    new Card("Cohorts", "Every cohort, with places taken and waiting lists.", "/cohort/cohorts"));
            case COORDINATOR -> List.of(
                    new Card("Your schools", describe(scope) + " Filter them by deprivation and rurality, and export.",
                            "/organisation/schools"),
                    new Card("Coverage dashboard", "Which schools are covered, at risk or have lost cover.",
                            "/coverage/dashboard"),
                    new Card("Joiners and leavers", "Turnover per school over the last 90 days.", "/people/turnover"),
                    new Card("Cohorts", "Cohorts for your area with places taken, and enrolling your schools' staff.",
                            "/cohort/cohorts"),
                    new Card("Refresher planning", "Who needs a refresher place, by local authority and month, and planning "
                            + "refresher cohorts for them.", "/refresher/demand"),
                    new Card("Supervision due", "Practising staff overdue or due for supervision, with exports.",
                            "/supervision/supervisees"));
            case TRAINER -> List.of(
                    new Card("My cohorts", "Sessions, roster, attendance and completion.", "/cohort/cohorts"),
                    new Card("Sign-off", "Record competency sign-off for your learners.", null));
            case SUPERVISOR -> List.of(
                    new Card("My supervisees", "Who is due or overdue for supervision.", "/supervision/supervisees"),
                    new Card("Log supervision", "Individual or group supervision in one form.", "/supervision/log"));
            case LEARNER -> List.of(
                    new Card("My learning", "Your modules and progress.", "/cohort/learning"),
                    new Card("My competencies", "What you hold, until when, and how to renew.", "/competency/mine"),
                    new Card("My supervision", "Your supervision record.", "/supervision/mine"));
        };
    }

    /** "You coordinate Norfolk and Suffolk, and the East of England region." */
    private String describe(Scope scope) {
        List<String> parts = new ArrayList<>();
        if (!scope.localAuthorities().isEmpty()) {
            Map<Integer, String> names = localAuthorityNames.namesOf(scope.localAuthorities());
            parts.add(list(scope.sortedLocalAuthorities().stream()
                    .map(code -> names.getOrDefault(code, "local authority " + code)).sorted().toList()));
        }
        if (!scope.regions().isEmpty()) {
            List<String> regions = scope.sortedRegions().stream().map(r -> "the " + r).toList();
            parts.add(list(regions) + (regions.size() == 1 ? " region" : " regions"));
        }
        return "You coordinate " + String.join(", and ", parts) + ".";
    }

    /** "Norfolk", "Norfolk and Suffolk", "Essex, Norfolk and Suffolk". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
