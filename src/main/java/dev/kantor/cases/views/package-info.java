/**
 * Views of the case queue: the built-in ones ("Mine", "Unassigned", "All open", "Breaching soon")
 * and each person's saved views (a name, the filters and the order), one of which may be the view
 * the queue opens with; pages and the REST API.
 */
package dev.kantor.cases.views;
