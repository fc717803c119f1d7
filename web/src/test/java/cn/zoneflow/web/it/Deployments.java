package cn.zoneflow.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as operators deploy it. */
public final class Deployments {

    private Deployments() {
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
