package dev.kantor.reporting;

import dev.kantor.reporting.rollup.Rebuild;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reporting's API: the daily roll-ups every dashboard reads, rebuilt from scratch from the modules'
 * query APIs (for an admin, the command line and the benchmark; Kantor's own system user is an admin). Between rebuilds the roll-ups
 * follow the modules' events.
 */
@Service
public class FigureRollups {

    private final Rebuild rebuild;

    FigureRollups(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Rebuilds every case figure and answers how many cases were counted. */
    @PreAuthorize("hasRole('ADMIN')")
    public long rebuild() {
        return rebuild.run();
    }
}
