package dev.kantor.cases.views;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;

/**
 * What a view of the queue shows and in which order. Every filter is optional; without a status
 * the view shows the cases not yet resolved.
 *
 * @param topic a topic code
 * @param sla   matches either service target
 * @param text  found in the reference, the subject or the customer's name
 */
public record ViewCriteria(
        CaseStatus status,
        Priority priority,
        String topic,
        Channel channel,
        CaseType type,
        SlaState sla,
        OwnerScope owner,
        String text,
        QueueOrder order) {

    /** Every case not yet resolved, newest first: the queue as it opens when nobody chose a view. */
    public static final ViewCriteria ALL_OPEN =
            new ViewCriteria(null, null, null, null, null, null, null, null, QueueOrder.NEWEST_FIRST);

    public ViewCriteria {
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        order = order == null ? QueueOrder.NEWEST_FIRST : order;
    }

    /** Only cases not yet resolved: unless a status is chosen, or the status chosen is an open one. */
    public boolean openOnly() {
        return status == null || !status.done();
    }

    public ViewCriteria ordered(QueueOrder newOrder) {
        return new ViewCriteria(status, priority, topic, channel, type, sla, owner, text, newOrder);
    }
}
