package uk.org.cascade.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test runs against: the WAR that {@code package} built,
 * exactly as users get it, served at {@code /} like in production.
 */
public class CascadeDeployment {

    @Deployment(testable = false)
    public static WebArchive cascade() {
        File war = new File("target/cascade.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/cascade.war is missing: run ./mvnw verify, which packages it first");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
