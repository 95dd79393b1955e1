package uk.org.cascade.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.org.cascade.platform.control.DatabaseWatch;

/**
 * {@code GET /health}, open to load balancers: 200 {"status":"UP"} while the application and its
 * database answer, 503 {"status":"DOWN"} otherwise. (Cascade is served at {@code /}, which shadows
 * Payara's own health endpoint.) It answers at once from {@link DatabaseWatch}'s last check (at most
 * a quarter of a second old, each bounded to 1.5 s), never waiting on the pool or a silent server.
 */
@WebServlet("/health")
public class Health extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatabaseWatch database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = !database.isAway();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\"}}");
    }
}
