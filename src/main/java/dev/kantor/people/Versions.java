package dev.kantor.people;

import dev.kantor.platform.KantorException;

/** Optimistic locking: a change made on a stale copy is refused instead of overwriting. */
final class Versions {

    private Versions() {}

    static void check(Integer current, int expected) {
        if (current == null || current != expected) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }
}
