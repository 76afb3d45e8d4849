package dev.kantor.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.platform.audit.AuditTestAccess;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("email", "a@example.com");
        before.put("phone", null);
        before.put("name", "Ayu");
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("email", "b@example.com");
        after.put("phone", "");

        assertThat(AuditTestAccess.between(before, after)).isEqualTo("email: a@example.com → b@example.com");
    }
}
