package uk.org.cascade.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.ApiTokens;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.ApiToken;

/**
 * The signed-in user's API tokens: make one (its secret shown on this page once, then forgotten), see when each
 * was last used, revoke one.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 90;
    private static final Map<String, String> FIELDS = Map.of("name", "tokens:name", "expiresInDays", "tokens:days");
    private static final Map<String, String> WORDING = Map.of("expiresInDays",
            "Enter the number of days until it expires: a whole number from 1 to 365");

    /** A token as the page lists it, in words. */
    public record Row(long id, String name, String created, String expires, boolean expired, String lastUsed)
            implements Serializable {

        static List<Row> of(List<ApiToken> tokens, Today today) {
            return tokens.stream().map(t -> new Row(t.getId(), t.getName(), Dates.day(t.getCreatedAt()),
                    Dates.day(t.getExpiresAt()), t.isExpiredAt(today.now()),
                    t.getLastUsedAt() == null ? "Never" : Dates.dayAndTime(t.getLastUsedAt()))).toList();
        }
    }

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    private String name;
    private Integer days = DEFAULT_DAYS;
    /** The secret of the token just made, until the next action on this page. */
    private String issued;
    private String issuedName;
    private List<Row> rows;

    public void create() {
        issued = null;
        ApiTokens.Issued[] made = new ApiTokens.Issued[1];
        if (Messages.attempt(() -> made[0] = tokens.issue(owner(), name, days), FIELDS, WORDING)) {
            issued = made[0].secret();
            issuedName = made[0].token().getName();
            name = null;
            days = DEFAULT_DAYS;
            rows = null;
        }
    }

    public void revoke(Row row) {
        issued = null;
        revoke(tokens, owner(), row, false);
        rows = null;
    }

    /** Revokes from a page, the owner's or an administrator's, and says what came of it. */
    static void revoke(ApiTokens tokens, long ownerId, Row row, boolean byAdministrator) {
        try {
            tokens.revoke(ownerId, row.id(), byAdministrator);
            Messages.done("Revoked the token " + row.name() + ": it no longer works.");
        } catch (NotFound e) {
            Messages.error("That token was revoked already.");
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = Row.of(tokens.of(owner()), today);
        }
        return rows;
    }

    private long owner() {
        return currentUser.account().getId();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getIssued() {
        return issued;
    }

    public String getIssuedName() {
        return issuedName;
    }
}
