package dev.kantor.cases;

import java.util.List;

/** What customers need help with; the routing module will keep these as a catalogue of its own. */
public final class Topics {

    public static final List<String> ALL = List.of("returns", "warranty", "billing", "delivery", "product-advice",
            "account", "other");

    private Topics() {
    }

    public static boolean isKnown(String topic) {
        return topic != null && ALL.contains(topic);
    }
}
