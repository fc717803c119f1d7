package cn.zoneflow.web.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as operators deploy it. */
public final class Deployments {

    private Deployments() {
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
    public static WebArchive zoneflowWarWith(Class<?>... testClasses) {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource("arquillian/web-fragment.xml", "web-fragment.xml");
        return zoneflowWar().addClasses(testClasses).addAsLibrary(runnerAccess);
    }

    public static WebArchive zoneflowWar() {
        File war = new File(System.getProperty("zoneflow.war", "target/zoneflow.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
