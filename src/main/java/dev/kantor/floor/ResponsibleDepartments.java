package dev.kantor.floor;

/**
 * Which department answers for a work queue on the floor: its managers are the ones alerted when the
 * queue is short-staffed. For other modules (the demo company); managers set it on the floor settings
 * page and through {@code /api/floor/responsibilities}.
 */
public interface ResponsibleDepartments {

    /**
     * Names (or changes) the department answering for the queue, audited.
     *
     * @throws dev.kantor.platform.InvalidInput naming {@code queueId} or {@code departmentId} when there is
     *                                          no such (active) one
     */
    void name(long queueId, long departmentId);
}
