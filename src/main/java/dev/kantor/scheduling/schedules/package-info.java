/**
 * Saved schedules: a work queue's week generated from a requirement (staffing's, or one typed or
 * imported as CSV) with the queue's roster, solved in the background as a job and copied in when it
 * ends; seen as a day view per agent and a coverage chart; edited by hand, each edit checked at once
 * by the core's independent checker; optimised again around what the manager pinned; published in
 * versions (telling who is affected, {@link dev.kantor.scheduling.SchedulePublished}) and exported as
 * CSV. Managers and admins only; the pages and the REST API beside them.
 */
package dev.kantor.scheduling.schedules;
