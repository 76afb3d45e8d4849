package dev.kantor.cases.resolution;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approvals never wait forever: every {@code kantor.approvals.escalation-check} (a minute) this node
 * moves up the line those whose approver is absent, or silent for {@code kantor.approvals.escalate-after}
 * of business time (two hours), claiming each so that, however many nodes run it, each moves once.
 */
@Component
class ApprovalEscalations {

    private final EscalationNode node;

    ApprovalEscalations(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ResolutionActions actions,
            ApprovalMoves moves,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${kantor.approvals.escalation-claim:PT2M}") Duration claimFor) {
        // the process and host, so that a claim in the table says which node holds it
        this.node = new EscalationNode(
                jdbc,
                transactions,
                actions,
                moves,
                events,
                clock,
                ManagementFactory.getRuntimeMXBean().getName(),
                claimFor);
    }

    /** @return how many approvals moved */
    @Scheduled(
            fixedDelayString = "${kantor.approvals.escalation-check:PT1M}",
            initialDelayString = "${kantor.approvals.escalation-check:PT1M}")
    public int escalate() {
        return node.run();
    }
}
