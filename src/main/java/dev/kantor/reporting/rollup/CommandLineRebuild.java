package dev.kantor.reporting.rollup;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.reporting.RollupsRebuilt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rebuild from the command line: {@code java -jar kantor.jar --kantor.reporting.rebuild=true} starts Kantor,
 * rebuilds every figure as Kantor's own system user (audited as such, via {@code command-line}), and exits: 0
 * when done, 1 when refused (another rebuild runs on some node) or failed.
 */
@Component
@ConditionalOnProperty(name = "kantor.reporting.rebuild", havingValue = "true")
class CommandLineRebuild implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineRebuild.class);

    private final Rebuild rebuild;
    private final ConfigurableApplicationContext context;

    CommandLineRebuild(Rebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exit = rebuild();
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** What the command line says the rebuild counted: every table it rebuilt, and how long it took. */
    static String said(RollupsRebuilt done) {
        return done.cases() + " cases, " + done.handoffs() + " handoffs, " + done.requests() + " internal requests, "
                + done.ratings() + " ratings of internal requests, " + done.intervals() + " coverage intervals, "
                + done.fillIns() + " fill-ins in " + done.took().toMillis() + " ms";
    }

    /** Rebuilds as Kantor's own system user and answers the exit status: 0 when done, 1 when refused or failed. */
    int rebuild() {
        int status;
        try {
            RollupsRebuilt done = SystemUser.call(() -> rebuild.run("command-line"));
            LOG.info("Reporting rebuilt: {}", said(done));
            status = 0;
        } catch (RuntimeException failed) {
            LOG.error("Reporting rebuild refused or failed: {}", failed.getMessage(), failed);
            status = 1;
        }
        return status;
    }
}
