package dev.kantor.policies;

/** Employees acknowledging the policy versions they were asked to read (the demo's history uses it too). */
public interface PolicyAcknowledgements {

    /**
     * The employee acknowledges a version they were asked about; acknowledging again changes nothing.
     *
     * @return whether it was acknowledged now
     */
    boolean acknowledge(long employeeId, long versionId);
}
