/**
 * HR's dashboard: headcount by office, department and position from people's API, and the figures of
 * policies and work arrangements through the WorkplacePolicyFigures seam.
 */
package dev.kantor.reporting.hr;
