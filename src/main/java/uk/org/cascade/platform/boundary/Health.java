package uk.org.cascade.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import javax.sql.DataSource;
import uk.org.cascade.platform.control.CascadeDataSource;

/**
 * {@code GET /health}, open to load balancers: 200 {"status":"UP"} while the application and its
 * database answer, 503 {"status":"DOWN"} otherwise. (Cascade is served at {@code /}, which shadows
 * Payara's own health endpoint.)
 */
@WebServlet("/health")
public class Health extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = CascadeDataSource.JNDI_NAME)
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = databaseAnswers();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\"}}");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
