package dev.kantor.reporting;

import dev.kantor.reporting.rollup.Rebuild;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reporting's API: the daily roll-ups every dashboard reads, rebuilt from scratch from the modules'
 * query APIs (for an admin, the command line and the benchmark; Kantor's own system user is an admin). Between rebuilds the roll-ups
 * follow the modules' events. One rebuild runs at a time across nodes, and each is audited.
 */
@Service
public class FigureRollups {

    private final Rebuild rebuild;

    FigureRollups(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Rebuilds every figure (cases, handoffs, internal requests and their ratings, coverage) and answers how many cases were counted. */
    @PreAuthorize("hasRole('ADMIN')")
    public long rebuild() {
        return rebuildAll("api").cases();
    }

    /**
     * Rebuilds every table of reporting's figures and answers what was counted.
     *
     * @param via how it was asked for ({@code page}, {@code command-line}, ...), kept in the audit trail
     * @throws dev.kantor.platform.KantorException conflict ({@code reporting.rebuild.running}) while
     *     another rebuild runs, on any node
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RollupsRebuilt rebuildAll(String via) {
        return rebuild.run(via);
    }
}
