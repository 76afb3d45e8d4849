/**
 * The floor's reports for managers: fill-in minutes per manager and queue per week, break adherence per
 * agent, and short intervals per queue and day (planned against as the day went), each with a chart,
 * its table and a CSV download.
 */
package dev.kantor.floor.reports;
