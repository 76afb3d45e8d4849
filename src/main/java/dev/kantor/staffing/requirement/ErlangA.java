package dev.kantor.staffing.requirement;

/**
 * Erlang A (M/M/n+M), computed exactly: Erlang C's queue, except that each waiting contact
 * gives up after an exponentially distributed patience with mean {@code patienceSeconds}
 * (Palm 1946; formulation after Garnett, Mandelbaum and Reiman, "Designing a call center with
 * impatient customers", 2002).
 *
 * <p>The number of contacts in the system is a birth–death chain: arrivals at rate λ, departures
 * at rate kμ with k ≤ n busy agents, and nμ + jθ with j contacts waiting (μ = 1/AHT, θ =
 * 1/patience). Its stationary probabilities are those of Erlang B up to n (so that
 * Σ<sub>k≤n</sub> π<sub>k</sub> = π<sub>n</sub> / B(n, A)) and, above n, π<sub>n+j</sub> =
 * π<sub>n</sub>·Π<sub>i=1..j</sub> λ / (nμ + iθ). The tail is summed until its remaining terms,
 * bounded by a geometric series, are negligible; everything is kept relative to π<sub>n</sub> and
 * normalised at the end, so nothing overflows. An arriving contact sees the stationary state
 * (Poisson arrivals see time averages), which gives:
 *
 * <ul>
 * <li><b>probability of waiting</b>: the share of contacts that find all n agents busy,
 * Σ<sub>j≥0</sub> π<sub>n+j</sub>;</li>
 * <li><b>probability of abandoning</b>: the share that give up before being answered,
 * θ·E[queue length] / λ;</li>
 * <li><b>service level</b> SL(t): the share of <em>all</em> offered contacts answered within t;
 * contacts that give up, before or after t, count as not answered in time. A contact that
 * finds j others waiting is answered after V = the sum of independent exponential stages with
 * rates nμ + iθ (i = j … 0), if its own patience lasts that long, so P(answered within t) =
 * E[e^(−θV); V ≤ t] = nμ / (nμ + (j+1)θ) · P(K ≥ j+1), where K is negative binomial with
 * r = nμ/θ + 1 and success probability 1 − e^(−θt) (the regularised incomplete beta function
 * I<sub>1−e^(−θt)</sub>(j+1, nμ/θ + 1));</li>
 * <li><b>average speed of answer</b>: the mean wait of the contacts that are answered
 * (answered at once counts as zero), from E[V·e^(−θV)] = nμ / (nμ + (j+1)θ) · Σ<sub>k=1..j+1</sub>
 * 1 / (nμ + kθ);</li>
 * <li><b>occupancy</b>: the answered traffic A·(1 − P(abandon)) per agent.</li>
 * </ul>
 *
 * As patience grows without bound every figure tends to Erlang C's.
 */
final class ErlangA {

    /** Terms below this share of the total are negligible in double precision. */
    private static final double NEGLIGIBLE = 1e-17;

    private static final double RESCALE_ABOVE = 1e200;
    /** A safety net only: the geometric bound ends the tail long before this. */
    private static final int MAX_QUEUE_TERMS = 20_000_000;

    private ErlangA() {}

    /**
     * @param blocking      B(n, A)
     * @param withinSeconds the service level's time; null when none was asked for
     */
    static Performance at(
            int n,
            double traffic,
            double blocking,
            double handlingSeconds,
            double patienceSeconds,
            Double withinSeconds) {
        double mu = 1.0 / handlingSeconds;
        double theta = 1.0 / patienceSeconds;
        double nMu = n * mu;
        double abandonPerService = handlingSeconds / patienceSeconds; // θ/μ

        // all sums relative to π_n until the end; rescaled together should they grow large
        double below = 1.0 / blocking - 1.0; // Σ_{k<n} π_k / π_n
        double waiting = 0; // Σ_j q_j
        double queued = 0; // Σ_j j·q_j
        double answeredInTime = 0; // Σ_j q_j · P(answered within t | j ahead)
        double answeredWait = 0; // Σ_j q_j · E[wait; answered | j ahead]

        boolean withLevel = withinSeconds != null;
        double t = withLevel ? withinSeconds : 0;
        double x = -Math.expm1(-theta * t); // success probability of K
        double shape = nMu / theta + 1.0; // r of K
        // P(K = k) = mantissa · e^exponent, so that e^(−(nμ+θ)t) may underflow without losing later terms
        double mantissa = 1.0;
        double exponent = -(nMu + theta) * t;
        double scale = Math.exp(exponent);
        double belowK = 0; // P(K ≤ j)
        double harmonic = 0; // Σ_{k=1..j+1} 1/(nμ + kθ)

        double q = 1.0; // π_{n+j} / π_n
        for (int j = 0; j < MAX_QUEUE_TERMS; j++) {
            double answered = nMu / (nMu + (j + 1) * theta); // P(answered at all | j ahead)
            harmonic += 1.0 / (nMu + (j + 1) * theta);
            waiting += q;
            queued += j * q;
            answeredWait += q * answered * harmonic;
            if (withLevel) {
                belowK += mantissa * scale;
                answeredInTime += q * answered * Math.max(0.0, 1.0 - belowK);
                mantissa *= x * (j + shape) / (j + 1);
                if (mantissa > RESCALE_ABOVE) {
                    exponent += Math.log(mantissa);
                    mantissa = 1.0;
                    scale = Math.exp(exponent);
                }
            }
            double ratio = traffic / (n + (j + 1) * abandonPerService);
            q *= ratio;
            double total = below + waiting;
            if (ratio < 1 && q / (1 - ratio) < NEGLIGIBLE * total) {
                break;
            }
            if (q > RESCALE_ABOVE) {
                q /= RESCALE_ABOVE;
                below /= RESCALE_ABOVE;
                waiting /= RESCALE_ABOVE;
                queued /= RESCALE_ABOVE;
                answeredInTime /= RESCALE_ABOVE;
                answeredWait /= RESCALE_ABOVE;
            }
        }
        double total = below + waiting;
        double probabilityOfWaiting = waiting / total;
        double abandoning = abandonPerService * queued / (traffic * total);
        Double serviceLevel = withLevel ? (below + answeredInTime) / total : null;
        double asa = abandoning < 1 ? answeredWait / total / (1 - abandoning) : 0;
        return new Performance(n, serviceLevel, asa, traffic * (1 - abandoning) / n, probabilityOfWaiting, abandoning);
    }
}
