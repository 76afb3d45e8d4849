package dev.kantor.cases.work;

import java.util.List;

import dev.kantor.cases.attachments.CheckedFile;
import dev.kantor.cases.work.CaseWork.Replied;
import dev.kantor.cases.work.CaseWork.Reply;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A reply as the case page and the API send it. A message only appends, so it must never fail
 * because another save of its case came between reading and saving it (two first replies at the
 * same moment both stop the first-response clock): then it is tried again, each time in a
 * transaction of its own on the case as it is now, where the rule for a status asked for with it is
 * checked again too.
 */
@Component
class AppendedReplies {

    /** One try, and one for each save that can come between: more than that is a real conflict. */
    private static final int ATTEMPTS = 3;

    private final CaseWork work;

    AppendedReplies(CaseWork work) {
        this.work = work;
    }

    /** See {@link CaseWork#reply(long, Reply, Integer)}; called outside any transaction. */
    Replied reply(long caseId, Reply reply, Integer version) {
        return reply(caseId, reply, version, List.of());
    }

    /** With files already checked; each try keeps them again, in its own transaction. */
    Replied reply(long caseId, Reply reply, Integer version, List<CheckedFile> files) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.reply(caseId, reply, version, files);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
