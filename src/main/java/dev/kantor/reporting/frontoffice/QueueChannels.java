package dev.kantor.reporting.frontoffice;

import java.util.List;

import dev.kantor.staffing.QueueChannel;

/**
 * Which cases a work queue takes: cases carry no queue, and staffing's queues are defined by how contacts
 * reach them, so a queue's figures are those of the case channels it takes. Mapped when the figures are read,
 * so that a queue added or changed shows its whole history and a rebuild has nothing to keep in step.
 * Two queues of one channel show the same figures. Plain Java.
 */
public final class QueueChannels {

    private QueueChannels() {}

    /** The case channels ({@link dev.kantor.cases.Channel} names) a queue of this channel takes. */
    public static List<String> of(QueueChannel channel) {
        return switch (channel) {
            case PHONE -> List.of("PHONE");
            case FRONT_DESK -> List.of("WALK_IN");
            case CHAT -> List.of("CHAT");
            // written contact: e-mail and the web form
            case EMAIL -> List.of("EMAIL", "WEB");
        };
    }

    /** Whether a queue of this channel takes cases of the case channel ({@link dev.kantor.cases.Channel} name). */
    public static boolean serves(QueueChannel queue, String caseChannel) {
        return of(queue).contains(caseChannel);
    }
}
