package dev.kantor.scheduling.problem;

/** How large a JSON document the reader looks at before refusing it whole. */
final class JsonLimits {

    /** Longer than any sensible list in a problem (2,000 agents, 31 days of 96 intervals...). */
    static final int MAX_ARRAY = 100_000;

    /** 20 MB of text: a 31-day, 2,000-agent problem with pinned shifts is well under. */
    static final int MAX_CHARS = 20_000_000;

    private JsonLimits() {}
}
