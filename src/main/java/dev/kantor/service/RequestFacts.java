package dev.kantor.service;

import java.util.List;

/**
 * Internal requests read back as they stand, page by page in the order of their ids: for modules that count
 * requests from service's events and must be able to count them all again from scratch.
 */
public interface RequestFacts {

    /** The requests whose id is above {@code afterId}, in the order of their ids, at most {@code limit}. */
    List<RequestFact> after(long afterId, int limit);
}
