package dev.kantor.cases.views;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import dev.kantor.cases.sla.SlaState;

/** The views every queue offers, for everyone who works cases. */
public enum BuiltInView {
    /** The viewer's open cases, the next service target first. */
    MINE("mine", new ViewCriteria(null, null, null, null, null, null, OwnerScope.MINE, null, order(SortColumn.DUE))),
    /** Open cases nobody owns, the longest waiting first. */
    UNASSIGNED(
            "unassigned",
            new ViewCriteria(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    OwnerScope.UNASSIGNED,
                    null,
                    new QueueOrder(SortColumn.OPENED, SortDirection.ASC))),
    ALL_OPEN("open", ViewCriteria.ALL_OPEN),
    /** Open cases with a service target near breach, the nearest first. */
    BREACHING_SOON(
            "breaching",
            new ViewCriteria(null, null, null, null, null, SlaState.NEAR_BREACH, null, null, order(SortColumn.DUE)));

    private final String parameter;
    private final ViewCriteria criteria;

    BuiltInView(String parameter, ViewCriteria criteria) {
        this.parameter = parameter;
        this.criteria = criteria;
    }

    /** As the queue's address names it: {@code view=mine}. */
    public String parameter() {
        return parameter;
    }

    public ViewCriteria criteria() {
        return criteria;
    }

    /** The built-in view the address names, in any case. */
    public static Optional<BuiltInView> of(String parameter) {
        return parameter == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(v -> v.parameter.equals(parameter.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    private static QueueOrder order(SortColumn column) {
        return new QueueOrder(column, column.firstDirection());
    }
}
