/**
 * Each employee's office as measured: back-office people whose share of customer contacts is
 * significant count as HYBRID. The shares come from whichever module implements
 * {@link dev.kantor.people.MeasuredCustomerContact}.
 */
package dev.kantor.people.office;
