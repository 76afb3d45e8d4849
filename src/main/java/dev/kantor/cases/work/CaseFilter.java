package dev.kantor.cases.work;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;

/**
 * Which cases a queue shows; every criterion is optional.
 *
 * @param owner MINE, UNASSIGNED, or null for everyone's
 * @param open  only cases not yet resolved (the default for queues)
 */
public record CaseFilter(
        CaseStatus status,
        Priority priority,
        String topic,
        Channel channel,
        CaseType type,
        SlaState sla,
        String owner,
        Long me,
        boolean open,
        String text,
        int limit) {

    public static CaseFilter openCases() {
        return new CaseFilter(null, null, null, null, null, null, null, null, true, null, 500);
    }
}
