package dev.kantor.policies.applying;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.policies.handbook.PolicyStore;
import dev.kantor.policies.handbook.StoredVersion;
import dev.kantor.policies.rules.RuleBook;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The published versions, kept in memory for the one rule: resolving someone's policies then costs no query for
 * the policies. Read again at once when this node publishes, and within a second when another node does (the
 * latest publication's moment is compared).
 */
@Component
public class PublishedHandbook {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    /** The published versions as read at one moment. */
    public record Snapshot(RuleBook book, Map<Long, StoredVersion> versions, Optional<Instant> stamp) {

        public StoredVersion version(long versionId) {
            return versions.get(versionId);
        }
    }

    private final PolicyStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile Instant checkedAt = Instant.MIN;

    PublishedHandbook(PolicyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Snapshot now() {
        Snapshot current = snapshot;
        Instant at = clock.instant();
        if (current == null) {
            return reload();
        }
        if (Duration.between(checkedAt, at).compareTo(CHECK_EVERY) >= 0) {
            checkedAt = at;
            if (!store.lastPublished().equals(current.stamp())) {
                return reload();
            }
        }
        return current;
    }

    /** The published versions read now, for work that must see a publication just committed. */
    public Snapshot fresh() {
        return reload();
    }

    @EventListener
    void published(PolicyVersionPublished event) {
        snapshot = null;
    }

    private synchronized Snapshot reload() {
        Optional<Instant> stamp = store.lastPublished();
        List<StoredVersion> published = store.published();
        Snapshot fresh = new Snapshot(
                new RuleBook(published.stream().map(StoredVersion::rule).toList()),
                published.stream().collect(Collectors.toMap(StoredVersion::id, Function.identity())),
                stamp);
        snapshot = fresh;
        checkedAt = clock.instant();
        return fresh;
    }
}
