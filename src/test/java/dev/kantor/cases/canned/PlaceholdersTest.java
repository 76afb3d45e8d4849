package dev.kantor.cases.canned;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    @Test
    void knownPlaceholdersAreFilledInAndUnknownOnesStayForTheAgentToSee() {
        String filled = Placeholders.fill(
                "Dear {customer.name}, {case.reference} ({case.reference}) is done. {agent.name} {order.number} {x}",
                Map.of(
                        Placeholders.CUSTOMER_NAME, "Sri $1 Wahyuni",
                        Placeholders.CASE_REFERENCE, "KTR-2026-000001",
                        Placeholders.AGENT_NAME, "Agus"));
        assertThat(filled)
                .isEqualTo("Dear Sri $1 Wahyuni, KTR-2026-000001 (KTR-2026-000001) is done. Agus {order.number} {x}");
    }

    @Test
    void aReplyIsReadInTheCustomersLanguage() {
        CannedReply reply = new CannedReply(1L, "t", "Hello", "Halo", null, 2L, null, 0);
        assertThat(reply.textIn("id")).isEqualTo("Halo");
        assertThat(reply.textIn("en")).isEqualTo("Hello");
        assertThat(reply.textIn("jv")).isEqualTo("Hello");
    }
}
