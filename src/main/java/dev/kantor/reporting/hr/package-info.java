/**
 * HR's dashboard: headcount by office, department and position as at any day, from the dated placements reporting
 * keeps from people's {@code EmployeeChanged} (and rebuilds from the directory and the audit trail); policy
 * acknowledgement from policies' {@code AcknowledgementFigures}; work arrangements from arrangements'
 * {@code ArrangementFigures}; shared assessment results and skill gaps from assessment's query types. Every
 * figure that counts people leads to their names (HR and admins only); assessment figures of fewer than three
 * people are hidden.
 */
package dev.kantor.reporting.hr;
