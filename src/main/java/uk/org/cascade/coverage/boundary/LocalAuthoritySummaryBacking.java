package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import uk.org.cascade.coverage.control.Coverage.Question;

/**
 * The dashboard's "Download a one-page summary (PDF)" links: one per local authority the dashboard's question covers,
 * for its programme and day. An administrator looking at England chooses a local authority first.
 */
@Named
@RequestScoped
public class LocalAuthoritySummaryBacking {

    /** A link to one local authority's summary; {@code label} names the authority when there are several. */
    public record Link(int code, String localAuthority, String label, String url) {
    }

    @Inject
    CoverageBacking dashboard;

    private List<Link> links;

    /** The links, by local authority name; none until the dashboard has asked a question. */
    public List<Link> getLinks() {
        if (links == null) {
            Question question = dashboard.isReady() ? dashboard.getQuestion() : null;
            Set<Integer> codes = question == null ? Set.of() : question.area().laCodes();
            List<Link> found = codes == null ? List.of() : dashboard.getLocalAuthorities().stream()
                    .filter(la -> codes.contains(la.getCode()))
                    .map(la -> new Link(la.getCode(), la.getName(), null, url(la.getCode()))).toList();
            links = found.stream().map(l -> new Link(l.code(), l.localAuthority(), found.size() == 1
                    ? "Download a one-page summary (PDF)"
                    : "Download a one-page summary for " + l.localAuthority() + " (PDF)", l.url())).toList();
        }
        return links;
    }

    /** True for an administrator looking at all of England: the page asks them to choose a local authority. */
    public boolean isChooseLocalAuthority() {
        return dashboard.isReady() && dashboard.getQuestion().area().laCodes() == null;
    }

    /** The summary of local authority {@code la} for the dashboard's programme and day. */
    public String url(int la) {
        Question question = dashboard.getQuestion();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/coverage/local-authorities/" + la + "/summary.pdf?programme="
                + URLEncoder.encode(question.programme().getCode(), StandardCharsets.UTF_8) + "&date=" + question.day();
    }
}
