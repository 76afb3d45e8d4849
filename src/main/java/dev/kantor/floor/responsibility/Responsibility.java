package dev.kantor.floor.responsibility;

import java.util.List;

/**
 * The department that answers for a work queue, and its managers (people who lead others in it).
 *
 * @param version the version to send back when changing it
 */
public record Responsibility(
        long queueId, String queueName, long departmentId, String departmentName, List<Manager> managers, int version) {

    public Responsibility {
        managers = List.copyOf(managers);
    }

    /** A manager the floor alerts for the queue. */
    public record Manager(long employeeId, String name, String email) {}
}
