/**
 * Work queues as stored, with their rules, pages and REST controller: managers define, change and
 * remove them; a change of hours or standard is published as {@link dev.kantor.staffing.QueueChanged}.
 */
package dev.kantor.staffing.queues;
