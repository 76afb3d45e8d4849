package dev.kantor.reporting.hr;

import dev.kantor.people.People;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the dated placements once when Kantor starts with employees but no placements (the first start after the
 * upgrade that brought them), so that HR's headcount is never nobody while waiting for an admin's rebuild. Nodes
 * starting at once take turns under the placements' lock, and the second finds them written.
 */
@Component
class PlacementStart {

    private static final Logger log = LoggerFactory.getLogger(PlacementStart.class);

    private final PlacementRebuild rebuild;
    private final People people;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PlacementStart(PlacementRebuild rebuild, People people, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.rebuild = rebuild;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillWhenEmpty() {
        boolean empty = jdbc.sql("select count(*) from reporting_placement")
                        .query(Long.class)
                        .single()
                == 0;
        if (empty && people.hasEmployees()) {
            Long written = transaction.execute(status -> rebuild.rebuild());
            log.info("Reporting: wrote {} placements of employees from their hiring days", written);
        }
    }
}
