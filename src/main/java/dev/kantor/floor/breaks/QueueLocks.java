package dev.kantor.floor.breaks;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One lock per queue, held in the database until the caller's transaction ends, so that breaks on one
 * queue are answered one after the other on every node: two agents asking at once for the queue's last
 * free slot cannot both be told yes.
 */
@Component
class QueueLocks {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    QueueLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Waits for and takes the queue's lock; call inside a transaction. */
    void lock(long queueId) {
        if (!locked(queueId)) {
            // the queue's row is made once, committed on its own, so that the lock has a row to wait on
            try {
                ownTransaction.executeWithoutResult(
                        status -> jdbc.sql("insert into floor_break_queue (queue_id) values (?)")
                                .param(queueId)
                                .update());
            } catch (DuplicateKeyException madeMeanwhile) {
                // another node made it first: just as good
            }
            locked(queueId);
        }
    }

    private boolean locked(long queueId) {
        return !jdbc.sql("select queue_id from floor_break_queue where queue_id = ? for update")
                .param(queueId)
                .query((rs, row) -> rs.getLong(1))
                .list()
                .isEmpty();
    }
}
