/**
 * Coverage of the front office on its manager's dashboard: short intervals (fewer agents on a queue than
 * it needed) and managers' fill-in minutes per queue and day, from the floor's events, with the intervals
 * and fill-ins behind each figure and the CSV, following the department (the queue's responsible department
 * when the interval closed; the fill-in's manager's department), channel (the queues serving it) and queue
 * filters; a topic is said, not ignored. A back-office manager, held to their own department, sees none of it.
 */
package dev.kantor.reporting.coverage;
