/** The staffing calculator for any single interval, as a page and through the REST API; nothing is stored. */
package dev.kantor.staffing.calculator;
