/**
 * The back-office manager's figures: internal requests filed and resolved within target per day,
 * the age of the open backlog, and customer cases waiting on the department, from service's events.
 */
package dev.kantor.reporting.backoffice;
