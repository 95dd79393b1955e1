package uk.org.cascade.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.org.cascade.platform.control.TransportSecurity;

/**
 * The session cookie is {@code Secure} once Cascade's public address is https (web.xml makes it HttpOnly and
 * SameSite=Lax always). Decided at start-up from {@code CASCADE_BASE_URL}: the container allows no later change.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("cascade.base.url", String.class).orElse(null);
        event.getServletContext().getSessionCookieConfig().setSecure(TransportSecurity.of(baseUrl).secureCookies());
    }
}
