package dev.kantor.staffing.requirement;

/**
 * What a number of agents achieves on a workload, all shares as fractions from 0 to 1.
 *
 * @param agents                 agents on the floor, answering contacts
 * @param serviceLevel           share of all offered contacts answered within the target time; null when
 *                               no time was asked for. With abandonment, contacts that give up count as
 *                               not answered in time.
 * @param averageSpeedOfAnswer   mean wait, in seconds, of the contacts that are answered (those answered
 *                               at once count with zero)
 * @param occupancy              share of the agents' time spent handling contacts
 * @param probabilityOfWaiting   share of contacts that find every agent busy and wait
 * @param probabilityOfAbandoning share of contacts that give up before being answered (zero in Erlang C)
 */
public record Performance(
        int agents,
        Double serviceLevel,
        double averageSpeedOfAnswer,
        double occupancy,
        double probabilityOfWaiting,
        double probabilityOfAbandoning) {

    /** Nothing to answer: every (absent) contact is answered at once. */
    static Performance idle(Double withinSeconds) {
        return new Performance(0, withinSeconds == null ? null : 1.0, 0, 0, 0, 0);
    }
}
