package dev.kantor.service;

import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.requests.RequestHistory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal service module's API for loading a history: services defined as a department's manager would, and
 * requests from the past recorded as they happened (the demo company's weeks). Runs with the caller's rights: a
 * department's manager, an admin, or Kantor itself.
 */
@Service
@Transactional
public class ServiceHistory {

    private final Catalogue catalogue;
    private final RequestHistory history;

    ServiceHistory(Catalogue catalogue, RequestHistory history) {
        this.catalogue = catalogue;
        this.history = history;
    }

    /** Whether any service was ever published: a history is loaded into an empty catalogue only. */
    @Transactional(readOnly = true)
    public boolean hasServices() {
        return !catalogue.search(null, null).isEmpty();
    }

    /** Publishes a service; returns its id. */
    public long define(ServiceDefinition definition) {
        return catalogue.publish(definition).id();
    }

    /**
     * Records many requests from the past at once, without their form values or history lines (a load for
     * measuring the queue); returns how many.
     */
    public int recordMany(java.util.List<PastRequest> requests) {
        return history.recordMany(requests);
    }

    /** Records a request from the past; returns its id. */
    public long record(PastRequest request) {
        return history.record(request);
    }
}
