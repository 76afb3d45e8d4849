package dev.kantor.webhooks.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kantor.webhooks.catalogue.EventCatalogue;
import dev.kantor.webhooks.catalogue.Occurrence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event catalogue as receivers see it: each entry's example becomes the payload docs/api.md shows
 * (so the document cannot drift from the code), the same event relayed twice has one id, and an event
 * no entry names is not relayed.
 */
class EventCatalogueTest {

    /** When the examples of events without a time of their own are relayed, in docs/api.md too. */
    static final Instant RELAYED_AT = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void docsShowEveryEntrysExamplePayloadAsKantorSendsIt() throws IOException {
        String docs = Files.readString(Path.of("docs/api.md"));
        for (String body : exampleBodies()) {
            assertThat(docs).as("docs/api.md shows%n%s", body).contains(body);
        }
    }

    @Test
    void theSameEventRelayedTwiceHasOneIdAndDifferentEventsDifferentIds() {
        Set<String> ids = new HashSet<>();
        for (EventCatalogue.Relay<?> relay : EventCatalogue.RELAYS) {
            Occurrence once =
                    EventCatalogue.occurrence(relay.example(), RELAYED_AT).orElseThrow();
            Occurrence again = EventCatalogue.occurrence(relay.example(), RELAYED_AT.plusSeconds(90))
                    .orElseThrow();
            assertThat(again.id()).as(relay.type().name()).isEqualTo(once.id());
            assertThat(once.type()).isEqualTo(relay.type().name());
            assertThat(once.subject()).startsWith(relay.type().subject() + ":");
            ids.add(once.id());
        }
        assertThat(ids).hasSize(EventCatalogue.RELAYS.size());
    }

    @Test
    void anEventNoEntryNamesIsNotRelayed() {
        assertThat(EventCatalogue.relays("a string")).isFalse();
        assertThat(EventCatalogue.relays(null)).isFalse();
        assertThat(EventCatalogue.occurrence(new Object(), RELAYED_AT)).isEmpty();
        assertThat(EventCatalogue.relays(EventCatalogue.RELAYS.get(0).example()))
                .isTrue();
    }

    @Test
    void everyTypeIsSubscribableOnceAndApprovalsAndRejectionsShareOne() {
        List<String> names = EventCatalogue.TYPES.stream()
                .map(EventCatalogue.EventType::name)
                .toList();
        assertThat(names).doesNotHaveDuplicates().contains("approval.decided", "policy.published");
        assertThat(EventCatalogue.RELAYS.stream().filter(r -> r.type().name().equals("approval.decided")))
                .hasSize(2);
    }

    static List<String> exampleBodies() {
        return EventCatalogue.RELAYS.stream()
                .map(r -> Deliveries.body(
                        EventCatalogue.occurrence(r.example(), RELAYED_AT).orElseThrow()))
                .toList();
    }

    /** Prints the examples for docs/api.md. */
    public static void main(String[] args) {
        exampleBodies().forEach(System.out::println);
    }
}
