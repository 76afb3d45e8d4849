/**
 * Staffing: work queues, their contact history, forecasts, and the agents each 15-minute
 * interval needs to meet its service target, by Erlang C (and Erlang A when customers give up).
 *
 * <p>Its API: {@link dev.kantor.staffing.StaffingRequirements} (a queue's week requirement, as
 * scheduling reads it), {@link dev.kantor.staffing.WorkQueues} (the queues; define one, record its
 * history) and the events {@link dev.kantor.staffing.QueueChanged} and
 * {@link dev.kantor.staffing.ForecastAdjusted}. It counts history from cases only through
 * {@code cases.ContactVolumes}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Staffing",
        allowedDependencies = {"cases", "calendar", "platform"})
package dev.kantor.staffing;
