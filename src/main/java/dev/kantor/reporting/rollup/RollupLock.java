package dev.kantor.reporting.rollup;

import org.springframework.stereotype.Component;

/**
 * The roll-ups' lock for reporting's other listeners that write tables a rebuild rewrites (internal requests):
 * held until the caller's transaction ends, so that a rebuild never meets their writes half way.
 */
@Component
public class RollupLock {

    private final RollupStore store;

    RollupLock(RollupStore store) {
        this.store = store;
    }

    /** Waits for a running rebuild to end, then holds the lock until the caller's transaction ends. */
    public void hold() {
        store.lockRollups();
    }
}
