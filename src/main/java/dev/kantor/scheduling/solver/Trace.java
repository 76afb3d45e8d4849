package dev.kantor.scheduling.solver;

/** What each step of a solve did and when, on standard error, when {@code -Dkantor.scheduling.trace} is set. */
final class Trace {

    private static final boolean ON = System.getProperty("kantor.scheduling.trace") != null;

    private final long started = System.nanoTime();

    void log(String format, Object... args) {
        if (ON) {
            System.err.printf(
                    java.util.Locale.ROOT,
                    "  [%7.2f s] %s%n",
                    (System.nanoTime() - started) / 1e9,
                    String.format(java.util.Locale.ROOT, format, args));
        }
    }
}
