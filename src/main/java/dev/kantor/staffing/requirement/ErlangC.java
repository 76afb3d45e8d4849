package dev.kantor.staffing.requirement;

/**
 * Erlang C (M/M/n): contacts arrive at random, are handled in exponentially distributed times,
 * and wait as long as it takes. With traffic A = arrival rate × handling time in Erlangs and
 * n &gt; A agents:
 *
 * <ul>
 * <li>probability of waiting C(n, A) = n·B / (n − A·(1 − B)), with B = B(n, A) from {@link ErlangB};</li>
 * <li>service level SL(t) = 1 − C·e^(−(n − A)·t / AHT);</li>
 * <li>average speed of answer ASA = C·AHT / (n − A);</li>
 * <li>occupancy A / n.</li>
 * </ul>
 *
 * With n ≤ A the queue grows without end; callers only ask for n &gt; A.
 */
final class ErlangC {

    private ErlangC() {}

    /**
     * @param blocking      B(n, A)
     * @param withinSeconds the service level's time; null when none was asked for
     */
    static Performance at(int n, double traffic, double blocking, double handlingSeconds, Double withinSeconds) {
        if (n <= traffic) {
            throw new IllegalArgumentException("Erlang C needs more agents than Erlangs of traffic");
        }
        double waiting = n * blocking / (n - traffic * (1.0 - blocking));
        Double serviceLevel = withinSeconds == null
                ? null
                : 1.0 - waiting * Math.exp(-(n - traffic) * withinSeconds / handlingSeconds);
        double asa = waiting * handlingSeconds / (n - traffic);
        return new Performance(n, serviceLevel, asa, traffic / n, waiting, 0.0);
    }
}
