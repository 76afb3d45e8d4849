package dev.kantor.reporting.frontoffice;

import java.util.Set;

/** The measures whose figures open the list of the cases behind them. */
final class DrillDown {

    static final Set<String> MEASURES = Set.of(
            "opened",
            "responded_met",
            "responded_breached",
            "resolved_met",
            "resolved_breached",
            "resolved",
            "first_contact",
            "complaints",
            "rated",
            "within_authority",
            "sent_for_approval");

    /**
     * The measures whose figures open the list of other items behind them (intervals, fill-ins, internal
     * requests), where the page that shows them leads.
     */
    static final Set<String> OTHER_ITEMS = Set.of(
            "intervals",
            "short_intervals",
            "fill_ins",
            "fill_in_minutes",
            "filed",
            "target_met",
            "for_customers",
            "open",
            "customer_cases_waiting");

    /** The dimensions a drill-down may narrow by, besides the filter's. */
    static final Set<String> DIMENSIONS = Set.of("topic", "channel", "office", "outcome", "day", "queue");

    private DrillDown() {}
}
