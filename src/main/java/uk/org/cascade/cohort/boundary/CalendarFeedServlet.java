package uk.org.cascade.cohort.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.org.cascade.cohort.control.SessionCalendar;

/**
 * Private calendar feeds at {@code /calendar/{token}.ics}. Calendar apps cannot sign in, so the long
 * random token is the credential; anything else is a plain 404.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FEED = Pattern.compile("/([A-Za-z0-9_-]{43})\\.ics");

    @Inject
    transient Learning learning;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        var match = path == null ? null : FEED.matcher(path);
        Optional<String> calendar = match != null && match.matches() ? learning.calendar(match.group(1)) : Optional.empty();
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(SessionCalendar.MEDIA_TYPE);
        response.setHeader("Cache-Control", "private, max-age=900");
        response.getOutputStream().write(calendar.get().getBytes(StandardCharsets.UTF_8));
    }
}
