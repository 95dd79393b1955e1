package uk.org.cascade.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.boundary.ApiTokensBacking.Row;
import uk.org.cascade.security.control.ApiTokens;

/** The API tokens section of an administrator's user page: what the user's scripts hold, and revoking one. */
@Named
@ViewScoped
public class UserApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    Today today;

    private List<Row> rows;

    public List<Row> rows(long userId) {
        if (rows == null) {
            rows = Row.of(tokens.of(userId), today);
        }
        return rows;
    }

    public void revoke(long userId, Row row) {
        ApiTokensBacking.revoke(tokens, userId, row, true);
        rows = null;
    }
}
