package dev.kantor.cases.resolution;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kantor.cases.ApprovalEscalated;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One node's run of the escalation job. It looks for waiting approvals the rule would change, claims
 * each (a conditional update of its row: of several nodes on one database, one holds it), applies
 * the rule again to the row as it stands now in a transaction of its own, and lets the claim go. An
 * approval another node moved meanwhile is read moved, and stays; a decision that lands at the same
 * moment wins by the action's version.
 */
final class EscalationNode {

    private static final Logger log = LoggerFactory.getLogger(EscalationNode.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ResolutionActions actions;
    private final ApprovalMoves moves;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String node;
    private final Duration claimFor;

    EscalationNode(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ResolutionActions actions,
            ApprovalMoves moves,
            ApplicationEventPublisher events,
            Clock clock,
            String node,
            Duration claimFor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.actions = actions;
        this.moves = moves;
        this.events = events;
        this.clock = clock;
        this.node = node;
        this.claimFor = claimFor;
    }

    /** @return how many approvals this node moved */
    int run() {
        return SystemUser.call(() -> {
            int moved = 0;
            for (long id : unclaimedWaiting()) {
                Optional<ResolutionAction> action = actions.findById(id);
                if (action.isEmpty() || !moves.due(action.get(), clock.instant())) {
                    continue;
                }
                Optional<String> claim = claim(id);
                if (claim.isEmpty()) {
                    continue;
                }
                try {
                    Boolean done = transactions.execute(status -> escalate(id));
                    moved += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (OptimisticLockingFailureException | KantorException e) {
                    log.debug("Approval {} was decided while it moved: {}", id, e.getMessage());
                } finally {
                    release(id, claim.get());
                }
            }
            return moved;
        });
    }

    /** The rule applied to the approval as it stands now, inside the claim. */
    private boolean escalate(long id) {
        ResolutionAction action = actions.findById(id).orElseThrow();
        if (action.getState() != ResolutionState.PENDING) {
            return false;
        }
        Instant now = clock.instant();
        long from = action.getApproverId();
        return moves.apply(action, now)
                .map(move -> {
                    events.publishEvent(new ApprovalEscalated(
                            action.getId(),
                            action.getCaseId(),
                            moves.reference(action),
                            action.getType(),
                            action.getAmount(),
                            action.getProposedBy(),
                            from,
                            move.to(),
                            move.reason(),
                            now));
                    return true;
                })
                .orElse(false);
    }

    private List<Long> unclaimedWaiting() {
        return jdbc.sql(
                        """
                select id from resolution_action
                where state = 'PENDING' and approver_id is not null
                  and (escalation_claimed_until is null or escalation_claimed_until <= ?)
                order by asked_at, id limit ?""")
                .params(Timestamp.from(clock.instant()), BATCH)
                .query(Long.class)
                .list();
    }

    private Optional<String> claim(long id) {
        String token = node + " " + UUID.randomUUID();
        Instant now = clock.instant();
        int taken = jdbc.sql(
                        """
                update resolution_action set escalation_claimed_by = ?, escalation_claimed_until = ?
                where id = ? and state = 'PENDING'
                  and (escalation_claimed_until is null or escalation_claimed_until <= ?)""")
                .params(token, Timestamp.from(now.plus(claimFor)), id, Timestamp.from(now))
                .update();
        return taken == 1 ? Optional.of(token) : Optional.empty();
    }

    private void release(long id, String token) {
        jdbc.sql(
                        """
                update resolution_action set escalation_claimed_by = null, escalation_claimed_until = null
                where id = ? and escalation_claimed_by = ?""")
                .params(id, token)
                .update();
    }
}
