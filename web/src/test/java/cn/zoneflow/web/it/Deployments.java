package cn.zoneflow.web.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, exactly as operators deploy it, once for all the container tests of a run: the
 * Payara Micro adapter starts a server per deployment, so Arquillian's suite extension (named in arquillian.xml)
 * deploys this one before the first test class and removes it after the last, and no test class has a deployment of
 * its own. The tests therefore share the server's memory as they share its database.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * With the classes of the tests that run inside the server; the others call it from outside
     * ({@code @RunAsClient}).
     */
    @Deployment
    public static WebArchive suite() {
        return zoneflowWarWith(ApplicationIT.class, CommitmentIT.class, Registrations.class);
    }

    /**
     * ZoneFlow's root on the test server, where it is deployed (context root {@code /}). Arquillian reads the address
     * from the server's start-up output and, when that output came too slowly for it, gives the server without the
     * context's slash; the tests address pages and calls relative to the root either way.
     */
    public static URL root(URL base) {
        if (!base.getPath().isEmpty()) {
            return base;
        }
        try {
            return new URL(base, "/");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
    }

    /** The WAR with test classes inside it, reachable by Arquillian's test runner servlet past the login. */
    private static WebArchive zoneflowWarWith(Class<?>... testClasses) {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource("arquillian/web-fragment.xml", "web-fragment.xml");
        return zoneflowWar().addClasses(testClasses).addAsLibrary(runnerAccess);
    }

    private static WebArchive zoneflowWar() {
        File war = new File(System.getProperty("zoneflow.war", "target/zoneflow.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
