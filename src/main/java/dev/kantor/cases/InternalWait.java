package dev.kantor.cases;

import java.time.Instant;
import java.util.Locale;

/**
 * One internal request a case waits on: "waiting on Accounting: refund payout, due in 3 h".
 *
 * @param dueAt when its internal target runs out; null while it stands still (waiting on the requester, or
 *              for approval)
 * @param link  the request's page in Kantor
 */
public record InternalWait(
        String departmentEn, String departmentId, String serviceEn, String serviceId, Instant dueAt, String link) {

    public String department(Locale locale) {
        return "id".equals(locale.getLanguage()) ? departmentId : departmentEn;
    }

    public String service(Locale locale) {
        return "id".equals(locale.getLanguage()) ? serviceId : serviceEn;
    }
}
