package dev.kantor.scheduling.jobs;

import org.springframework.context.ApplicationContext;

/** Opens the package-private housekeeping of solving jobs to tests elsewhere: what the minute's run does, at once. */
public final class JobsTestAccess {

    private JobsTestAccess() {}

    /** Marks the jobs of silent nodes failed; answers how many. */
    public static int failLost(ApplicationContext context) {
        return context.getBean(JobHousekeeping.class).failLost();
    }

    /** Deletes finished jobs kept long enough; answers how many. */
    public static int deleteOld(ApplicationContext context) {
        return context.getBean(JobHousekeeping.class).deleteOld();
    }
}
