package dev.kantor.cases.work;

import java.util.Comparator;
import java.util.function.Function;

import dev.kantor.cases.views.QueueOrder;
import dev.kantor.cases.work.CaseQueries.Clocked;

/**
 * The queue's orders for cases sorted in memory, the same as the database's where it sorts: ties
 * go by the case's id in the same direction, and a case without a value (nobody owns it, no
 * target running) comes last whichever the direction.
 */
final class QueueComparators {

    private QueueComparators() {}

    static Comparator<Clocked> of(QueueOrder order) {
        Comparator<Clocked> byColumn =
                switch (order.by()) {
                    case REFERENCE -> by(c -> c.summary().reference(), order);
                    case SUBJECT -> by(c -> c.summary().subject(), order);
                    case CUSTOMER -> by(c -> c.summary().customerName(), order);
                    case STATUS -> by(c -> c.summary().status(), order);
                    case PRIORITY -> by(c -> c.summary().priority(), order);
                    case OWNER -> by(c -> c.summary().ownerName(), order);
                    case OPENED -> by(c -> c.summary().openedAt(), order);
                    case DUE -> by(Clocked::nextTargetLeft, order);
                };
        return byColumn.thenComparing(by(c -> c.summary().id(), order));
    }

    private static <T extends Comparable<? super T>> Comparator<Clocked> by(
            Function<Clocked, T> value, QueueOrder order) {
        Comparator<T> natural = Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(order.ascending() ? natural : natural.reversed()));
    }
}
