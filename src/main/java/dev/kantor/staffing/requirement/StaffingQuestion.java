package dev.kantor.staffing.requirement;

import dev.kantor.platform.InputCheck;

/**
 * A staffing question as people ask it, in seconds and percentages: how many agents do
 * {@code contacts} offered in {@code intervalSeconds}, each handled in {@code ahtSeconds}
 * on average, need to meet the target? Every duration is in seconds, so contacts, interval and
 * handling time share one time unit.
 *
 * <p>Every field is checked at once and reported by its name; a target that no staffing can meet
 * (100% of contacts answered in time, an average speed of answer of zero) is refused before any
 * search.
 *
 * @param maxAbandonPercent the highest share of contacts that may give up before being answered, in
 *                          percent; only with {@code patienceSeconds}, since without it nobody gives up
 */
public record StaffingQuestion(
        Double contacts,
        Double intervalSeconds,
        Double ahtSeconds,
        Double patienceSeconds,
        Double serviceLevelPercent,
        Double targetSeconds,
        Double maxAsaSeconds,
        Double maxOccupancyPercent,
        Double shrinkagePercent,
        Double maxAbandonPercent) {

    /** A question without an abandonment target. */
    public StaffingQuestion(
            Double contacts,
            Double intervalSeconds,
            Double ahtSeconds,
            Double patienceSeconds,
            Double serviceLevelPercent,
            Double targetSeconds,
            Double maxAsaSeconds,
            Double maxOccupancyPercent,
            Double shrinkagePercent) {
        this(
                contacts,
                intervalSeconds,
                ahtSeconds,
                patienceSeconds,
                serviceLevelPercent,
                targetSeconds,
                maxAsaSeconds,
                maxOccupancyPercent,
                shrinkagePercent,
                null);
    }

    /** Far beyond the largest contact centre; keeps every search within milliseconds. */
    public static final double MAX_TRAFFIC_ERLANGS = 100_000;
    /** The longest duration any field may give: a week, in seconds. */
    public static final double MAX_SECONDS = 7 * 24 * 3600;

    /** The answer, or {@link dev.kantor.platform.InvalidInput} naming every bad field. */
    public Requirement requirement() {
        return basis().requirementFor(contacts, intervalSeconds);
    }

    /** The checked handling time, patience, target and shrinkage; throws when any field is bad. */
    public StaffingBasis basis() {
        InputCheck check = new InputCheck();
        check.required("contacts", contacts).required("intervalSeconds", intervalSeconds);
        if (contacts != null) {
            check.that(Double.isFinite(contacts) && contacts >= 0, "contacts", "staffing.validation.contacts");
        }
        if (intervalSeconds != null) {
            check.that(
                    Double.isFinite(intervalSeconds) && intervalSeconds > 0 && intervalSeconds <= MAX_SECONDS,
                    "intervalSeconds",
                    "staffing.validation.interval");
        }
        checkBasis(
                check,
                ahtSeconds,
                patienceSeconds,
                serviceLevelPercent,
                targetSeconds,
                maxAsaSeconds,
                maxOccupancyPercent,
                shrinkagePercent,
                maxAbandonPercent);
        if (!check.hasProblems() && contacts * ahtSeconds / intervalSeconds > MAX_TRAFFIC_ERLANGS) {
            check.add("contacts", "staffing.validation.traffic", (long) MAX_TRAFFIC_ERLANGS);
        }
        check.throwIfAny();
        return toBasis(
                ahtSeconds,
                patienceSeconds,
                serviceLevelPercent,
                targetSeconds,
                maxAsaSeconds,
                maxOccupancyPercent,
                shrinkagePercent,
                maxAbandonPercent);
    }

    /**
     * Checks what a queue and a question share: handling time, patience, the service target,
     * occupancy cap, shrinkage and the abandonment cap, under the same field names.
     */
    public static InputCheck checkBasis(
            InputCheck check,
            Double ahtSeconds,
            Double patienceSeconds,
            Double serviceLevelPercent,
            Double targetSeconds,
            Double maxAsaSeconds,
            Double maxOccupancyPercent,
            Double shrinkagePercent,
            Double maxAbandonPercent) {
        check.required("ahtSeconds", ahtSeconds);
        if (ahtSeconds != null) {
            check.that(
                    Double.isFinite(ahtSeconds) && ahtSeconds > 0 && ahtSeconds <= MAX_SECONDS,
                    "ahtSeconds",
                    "staffing.validation.aht");
        }
        if (patienceSeconds != null) {
            check.that(
                    Double.isFinite(patienceSeconds) && patienceSeconds > 0 && patienceSeconds <= MAX_SECONDS,
                    "patienceSeconds",
                    "staffing.validation.patience");
        }
        if (serviceLevelPercent == null && maxAsaSeconds == null && maxAbandonPercent == null) {
            check.add("serviceLevelPercent", "staffing.validation.no-target");
        }
        if (serviceLevelPercent != null) {
            if (!Double.isFinite(serviceLevelPercent) || serviceLevelPercent <= 0) {
                check.add("serviceLevelPercent", "staffing.validation.level");
            } else if (serviceLevelPercent >= 100) {
                // some contacts always arrive while every agent is busy
                check.add("serviceLevelPercent", "staffing.target-unreachable");
            }
            check.required("targetSeconds", targetSeconds);
        }
        if (targetSeconds != null) {
            check.that(
                    Double.isFinite(targetSeconds) && targetSeconds >= 0 && targetSeconds <= MAX_SECONDS,
                    "targetSeconds",
                    "staffing.validation.target-seconds");
        }
        if (maxAsaSeconds != null) {
            if (!Double.isFinite(maxAsaSeconds) || maxAsaSeconds < 0 || maxAsaSeconds > MAX_SECONDS) {
                check.add("maxAsaSeconds", "staffing.validation.asa");
            } else if (maxAsaSeconds == 0) {
                check.add("maxAsaSeconds", "staffing.target-unreachable");
            }
        }
        if (maxOccupancyPercent != null) {
            check.that(
                    Double.isFinite(maxOccupancyPercent) && maxOccupancyPercent >= 1 && maxOccupancyPercent <= 100,
                    "maxOccupancyPercent",
                    "staffing.validation.occupancy");
        }
        if (shrinkagePercent != null) {
            check.that(
                    Double.isFinite(shrinkagePercent) && shrinkagePercent >= 0 && shrinkagePercent < 100,
                    "shrinkagePercent",
                    "staffing.validation.shrinkage");
        }
        if (maxAbandonPercent != null) {
            if (!Double.isFinite(maxAbandonPercent) || maxAbandonPercent <= 0 || maxAbandonPercent >= 100) {
                check.add("maxAbandonPercent", "staffing.validation.abandon");
            } else if (patienceSeconds == null) {
                // without patience Erlang C decides and nobody gives up: the cap would promise nothing
                check.add("maxAbandonPercent", "staffing.validation.abandon-needs-patience");
            }
        }
        return check;
    }

    /** The checked values as fractions; call only after {@link #checkBasis} found nothing. */
    public static StaffingBasis toBasis(
            double ahtSeconds,
            Double patienceSeconds,
            Double serviceLevelPercent,
            Double targetSeconds,
            Double maxAsaSeconds,
            Double maxOccupancyPercent,
            Double shrinkagePercent,
            Double maxAbandonPercent) {
        ServiceTarget target = new ServiceTarget(
                serviceLevelPercent == null ? null : serviceLevelPercent / 100,
                targetSeconds,
                maxAsaSeconds,
                maxOccupancyPercent == null ? null : maxOccupancyPercent / 100,
                maxAbandonPercent == null ? null : maxAbandonPercent / 100);
        return new StaffingBasis(
                ahtSeconds, patienceSeconds, target, shrinkagePercent == null ? 0 : shrinkagePercent / 100);
    }
}
