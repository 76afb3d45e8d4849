/**
 * The front-office manager's dashboard: service targets, first-contact resolution, complaints,
 * satisfaction by who served, authority and handoffs, each a chart and its table, with drill-down to
 * the cases behind a figure, CSV and a printable view.
 */
package dev.kantor.reporting.frontoffice;
