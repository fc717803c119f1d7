package cn.zoneflow.web.it;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Keeps every container test on this machine: the Payara Micro adapter reports the machine's first network
 * interface as the host to call, so the deployment's address is rewritten to 127.0.0.1 (Payara's listener is
 * bound there by the pre-boot commands); and the MariaDB run gets a fresh database before Payara starts.
 */
public class LoopbackExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(LoopbackProtocolMetaData.class);
        builder.observer(IntegrationTestDatabase.class);
    }
}
