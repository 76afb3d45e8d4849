package dev.kantor.scheduling.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Stops a running solve from another thread: the search in progress ends at once and the solve
 * returns its best schedule so far, marked {@code STOPPED}.
 */
public final class StopSignal {

    private final List<Runnable> hooks = new ArrayList<>();
    private boolean stopped;

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        hooks.forEach(Runnable::run);
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** Runs {@code hook} when stopped (at once if already stopped) until {@link #forget} removes it. */
    synchronized void onStop(Runnable hook) {
        hooks.add(hook);
        if (stopped) {
            hook.run();
        }
    }

    synchronized void forget(Runnable hook) {
        hooks.remove(hook);
    }
}
