package dev.kantor.cases;

import java.util.List;
import java.util.Optional;

/**
 * The history of case facts, for a module that keeps its own figures of the cases (reporting):
 * one case as it stands now, or every case page by page, so that figures can be rebuilt from
 * scratch without reading the cases module's tables.
 */
public interface CaseFacts {

    /** The most cases one page holds. */
    int MOST_PER_PAGE = 10_000;

    /** The case as it stands now, if there is one. */
    Optional<CaseFact> of(long caseId);

    /**
     * The cases with an id above {@code afterId}, lowest id first, at most {@code limit} (up to
     * {@link #MOST_PER_PAGE}); an empty page once there are no more.
     */
    List<CaseFact> after(long afterId, int limit);
}
