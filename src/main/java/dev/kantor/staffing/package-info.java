/**
 * Staffing: work queues, their contact history, forecasts, and the agents each 15-minute
 * interval needs to meet its service target, by Erlang C (and Erlang A when customers give up).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staffing")
package dev.kantor.staffing;
