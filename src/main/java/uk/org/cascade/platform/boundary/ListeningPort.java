package uk.org.cascade.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import uk.org.cascade.platform.control.PublicAddress;

/**
 * Tells {@link PublicAddress} which port requests really arrive at, so that links in mail and on certificates
 * name Cascade's own port when {@code CASCADE_BASE_URL} is not set (tests and Payara may pick any port).
 */
@WebListener
public class ListeningPort implements ServletRequestListener {

    @Inject
    PublicAddress address;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        address.heard(event.getServletRequest().getLocalPort());
    }
}
