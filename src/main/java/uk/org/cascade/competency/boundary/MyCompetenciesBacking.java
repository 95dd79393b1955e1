package uk.org.cascade.competency.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.org.cascade.competency.control.IssuerKeys;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Outcome;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.platform.Dates;

/** "My competencies": what the signed-in person holds today, until when, how to renew, and their history. */
@Named
@RequestScoped
public class MyCompetenciesBacking {

    private static final DateTimeFormatter DAY = Dates.DAY;

    /** A competency held today, in words. */
    public record HeldRow(String title, String level, String since, String until, String daysLeft, String renewal,
                          long signOffId) {
    }

    /** One sign-off of the history. */
    public record HistoryRow(String competency, String date, String outcome, String assessor, String until, String revoked) {
    }

    @Inject
    SignOffs signOffs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    @Inject
    Credentials credentials;

    @Inject
    IssuerKeys keys;

    private List<HeldRow> held;
    private List<HistoryRow> history;

    @PostConstruct
    void load() {
        var me = currentUser.account();
        LocalDate today = this.today.date();
        held = signOffs.held(me.getPerson().getId(), today, me).stream().map(h -> new HeldRow(h.competency().getTitle(),
                h.competency().getLevel().getLabel(), DAY.format(h.since()),
                h.expires() == null ? "Does not expire" : DAY.format(h.expires().minusDays(1)),
                h.expires() == null ? "—" : ChronoUnit.DAYS.between(today, h.expires()) + " days",
                renewal(h.competency(), h.expires(), today), h.latestSignOffId())).toList();
        List<SignOff> mine = signOffs.history(me.getPerson().getId(), me);
        Map<Long, Revocation> revoked = signOffs.revocations(mine);
        history = mine.stream().map(s -> new HistoryRow(s.getCompetency().getTitle(), DAY.format(s.getSignedOn()),
                s.getOutcome() == Outcome.COMPETENT ? "Competent" : "Not yet competent",
                s.isExternal() ? "External certification" : s.getAssessor().getName(),
                s.getOutcome() != Outcome.COMPETENT ? "—" : s.getExpiresOn() == null ? "Does not expire"
                        : DAY.format(s.getExpiresOn().minusDays(1)),
                revoked.containsKey(s.getId()) ? "Revoked: " + revoked.get(s.getId()).getReason() : "")).toList();
    }

    /** What renewing takes: the refresher programme and when its window opens. */
    static String renewal(Competency c, LocalDate expires, LocalDate today) {
        if (expires == null) {
            return "No renewal needed.";
        }
        LocalDate opens = expires.minusDays(c.getRefresherWindowDays());
        String when = opens.isAfter(today) ? "from " + DAY.format(opens) : "now";
        return c.getRefresherProgramme() == null ? "Ask your trainer about renewal " + when + "."
                : "Renew with " + c.getRefresherProgramme().getTitle() + ": you can book a refresher place " + when + ".";
    }

    /** Whether credentials can be signed here (a key is set up); without one the page offers no badge. */
    public boolean isBadgesOffered() {
        try {
            keys.key();
            return true;
        } catch (IssuerKeys.Unavailable e) {
            return false;
        }
    }

    /** The held competency's Open Badge, signed (VC-JWT), as a file to keep or hand to a wallet or an employer. */
    public void downloadBadge(long signOffId) throws IOException {
        String jwt = credentials.signed(signOffId, currentUser.account());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(CredentialsResource.VC_JWT);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"open-badge-" + signOffId + ".jwt\"");
        response.setResponseHeader("Cache-Control", "private, no-store");
        response.getResponseOutputStream().write(jwt.getBytes(StandardCharsets.US_ASCII));
        faces.responseComplete();
    }

    public List<HeldRow> getHeld() {
        return held;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }
}
