package dev.kantor.staffing;

import java.util.List;
import java.util.Optional;

import dev.kantor.staffing.history.HistoryImports;
import dev.kantor.staffing.queues.StoredQueues;
import dev.kantor.staffing.queues.WorkQueue;

import org.springframework.stereotype.Service;

/**
 * The staffing module's work queues, for other modules: everyone signed in reads them; managers
 * and admins (or Kantor itself, as for demo data) define queues and record their contact history.
 * Each change is checked and recorded in the audit trail as on the staffing pages.
 */
@Service
public class WorkQueues {

    private final StoredQueues queues;
    private final HistoryImports history;

    WorkQueues(StoredQueues queues, HistoryImports history) {
        this.queues = queues;
        this.history = history;
    }

    /** Every work queue, by name. */
    public List<QueueSummary> all() {
        return queues.all().stream().map(WorkQueues::summary).toList();
    }

    /** The queue with this id, if there is one. */
    public Optional<QueueSummary> find(long id) {
        return queues.find(id).map(WorkQueues::summary);
    }

    /**
     * Defines a work queue.
     *
     * @throws dev.kantor.platform.InvalidInput   naming every bad field of the details
     * @throws dev.kantor.platform.DuplicateValue when another queue has the name
     */
    public QueueSummary create(QueueDetails details) {
        return summary(queues.create(details));
    }

    /**
     * Records a queue's contact history as it is; an interval already known is replaced.
     *
     * @throws dev.kantor.platform.KantorException not found when there is no such queue
     */
    public void recordHistory(RecordHistory command) {
        history.record(command.queueId(), command.intervals());
    }

    private static QueueSummary summary(WorkQueue queue) {
        return new QueueSummary(queue.id(), queue.name(), queue.channel(), queue.hours(), queue.ahtSeconds());
    }
}
