package uk.org.cascade.it;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integration test against the suite's one deployment of Cascade, with an API client at hand. */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedCascade {

    @ArquillianResource
    protected URL deployment;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }
}
