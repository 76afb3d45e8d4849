package dev.kantor.webhooks.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One event as webhooks deliver it: its type from the {@link EventCatalogue}, a stable id (the same
 * for every subscription and every time the event is delivered again, so that receivers can drop
 * duplicates), when it happened, the subject whose deliveries keep their order (e.g. {@code case:12}),
 * and its data.
 */
public record Occurrence(String type, String id, Instant occurredAt, String subject, Map<String, Object> data) {

    public Occurrence {
        // values may be null (a case without an owner): JSON null, which Map.copyOf would refuse
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** An occurrence whose id is derived from what makes the fact unique, e.g. {@code case.opened:12}. */
    static Occurrence of(String type, String uniqueFact, Instant at, String subject, Map<String, Object> data) {
        String id = UUID.nameUUIDFromBytes((type + ":" + uniqueFact).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Occurrence(type, id, at, subject, data);
    }
}
