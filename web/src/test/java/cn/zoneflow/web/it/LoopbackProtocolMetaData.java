package cn.zoneflow.web.it;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;

/** Rewrites the host of each deployed context to the loopback address. */
public class LoopbackProtocolMetaData {

    static final String LOOPBACK = "127.0.0.1";

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    public void toLoopback(@Observes AfterDeploy deployed) {
        ProtocolMetaData reported = protocolMetaData.get();
        if (reported == null) {
            return;
        }
        ProtocolMetaData loopback = new ProtocolMetaData();
        for (HTTPContext context : reported.getContexts(HTTPContext.class)) {
            HTTPContext local = new HTTPContext(LOOPBACK, context.getPort());
            for (Servlet servlet : context.getServlets()) {
                local.add(new Servlet(servlet.getName(), servlet.getContextRoot()));
            }
            loopback.addContext(local);
        }
        protocolMetaData.set(loopback);
    }
}
