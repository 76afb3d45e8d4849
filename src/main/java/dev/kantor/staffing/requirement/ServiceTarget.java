package dev.kantor.staffing.requirement;

/**
 * What an interval's staffing must achieve; every part that is set must be met.
 *
 * @param answeredShare  share of contacts to answer within {@code withinSeconds}, below 1; null for none
 * @param withinSeconds  the service level's time
 * @param maxAsaSeconds  the longest acceptable average speed of answer; null for none
 * @param maxOccupancy   the highest acceptable share of agents' time spent on contacts; null for none
 * @param maxAbandonShare the highest acceptable share of contacts that give up before being answered;
 *                        null for none (only Erlang A, with customers' patience, lets anyone give up)
 */
public record ServiceTarget(
        Double answeredShare, Double withinSeconds, Double maxAsaSeconds, Double maxOccupancy, Double maxAbandonShare) {

    /** A target that lets any share of contacts give up, as long as the others are met. */
    public ServiceTarget(Double answeredShare, Double withinSeconds, Double maxAsaSeconds, Double maxOccupancy) {
        this(answeredShare, withinSeconds, maxAsaSeconds, maxOccupancy, null);
    }

    /** Rounding must not turn a level that meets the target exactly into one that misses it. */
    private static final double TOLERANCE = 1e-12;

    public boolean metBy(Performance p) {
        return (answeredShare == null || p.serviceLevel() >= answeredShare - TOLERANCE)
                && (maxAsaSeconds == null || p.averageSpeedOfAnswer() <= maxAsaSeconds + TOLERANCE)
                && (maxOccupancy == null || p.occupancy() <= maxOccupancy + TOLERANCE)
                && (maxAbandonShare == null || p.probabilityOfAbandoning() <= maxAbandonShare + TOLERANCE);
    }
}
