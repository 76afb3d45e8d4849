/**
 * A queue's week ahead: the forecast learnt from its history, managers' adjustments (published as
 * {@link dev.kantor.staffing.ForecastAdjusted}), the staffing every open interval needs, and the
 * overview, forecast pages, CSV and REST controller that show them.
 */
package dev.kantor.staffing.forecast;
