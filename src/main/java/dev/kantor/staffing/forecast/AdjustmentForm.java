package dev.kantor.staffing.forecast;

/**
 * The forecast adjustment form as the page shows it: the percent to type, empty. Its day and
 * quarter hour are choices and its version a hidden field; a refusal comes back above the form
 * after the redirect (see {@link ForecastController#adjust}).
 */
class AdjustmentForm {

    public String getPercent() {
        return null;
    }
}
