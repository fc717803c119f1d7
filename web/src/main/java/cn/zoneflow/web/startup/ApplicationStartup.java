package cn.zoneflow.web.startup;

import cn.zoneflow.domain.application.EnterpriseMailOutbox;
import cn.zoneflow.domain.application.InitialAccounts;
import cn.zoneflow.domain.application.ProjectWarnings;
import cn.zoneflow.domain.application.demo.DemoData;
import cn.zoneflow.domain.infrastructure.persistence.DatabaseMigration;
import cn.zoneflow.domain.infrastructure.persistence.DatabaseSettings;
import cn.zoneflow.domain.infrastructure.persistence.MisconfigurationException;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.workflow.demo.DemoWorkload;
import cn.zoneflow.workflow.engine.ProcessEngineBootstrap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Starts ZoneFlow in the only order that works: the domain schema is migrated, then the process engine is
 * built on it and deploys the processes (moving running instances to the newest versions), then the database is
 * checked to hold what the installation wants, demonstration or real work; on a demo installation the demo data is
 * loaded once, which starts the demo projects' processes, and their work is put in flight — and an installation
 * without accounts gets its three administrators; last, enterprise messages start to be mailed. A setting that does
 * not fit stops the process.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    private DatabaseMigration migration;

    @Inject
    private ProcessEngineBootstrap engine;

    @Inject
    private DemoData demoData;

    @Inject
    private DemoWorkload demoWorkload;

    @Inject
    private InitialAccounts initialAccounts;

    @Inject
    private ProjectWarnings warnings;

    @Inject
    private EnterpriseMailOutbox mailOutbox;

    @PostConstruct
    void start() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        migration.migrate(settings.kind());
        engine.start(settings.kind());
        try {
            demoData.checkSeparation(settings.demoData());
            LocalDate today = ChinaTime.today();
            if (settings.demoData() && demoData.loadOnce(today)) {
                demoWorkload.prepare(today);
                warnings.recountAll(today);
                LOG.info("ZoneFlow started with demo data");
            }
            createInitialAccounts();
            mailOutbox.start();
        } catch (MisconfigurationException e) {
            LOG.severe("ZoneFlow cannot start: " + e.getMessage());
            // System.exit would wait for Payara's shutdown hooks, which wait for this deployment to finish: halt
            // instead; nothing is in flight yet but the committed schema migration
            System.err.flush();
            Runtime.getRuntime().halt(MisconfigurationException.EXIT_CODE);
        }
    }

    /** On an installation without accounts; without the initial password the process stops, as for a bad setting. */
    private void createInitialAccounts() {
        List<String> created = initialAccounts.createIfNone(InitialAccounts.initialPassword());
        if (!created.isEmpty()) {
            LOG.info(() -> "Initial accounts created, each to change the initial password at first sign-in: "
                    + created);
        }
    }

    @PreDestroy
    void stop() {
        mailOutbox.stop();
        engine.stop();
    }
}
