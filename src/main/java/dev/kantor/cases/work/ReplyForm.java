package dev.kantor.cases.work;

import dev.kantor.cases.CaseStatus;
import dev.kantor.platform.web.EnumParameters;

/**
 * The reply form of the case page as sent.
 *
 * @param then            the status the case should have after the reply; blank leaves it
 * @param waitForCustomer the same as {@code then=WAITING_ON_CUSTOMER}, as older pages sent it
 * @param delivery        for a customer without an e-mail address: {@code RECORD} (on the case only),
 *                        {@code PHONE} (a note of a call) or {@code EMAIL} (to {@code email}, which is
 *                        added to the customer)
 * @param version         the case version the page showed; needed only with a status
 */
record ReplyForm(String text, String then, Boolean waitForCustomer, String delivery, String email, Integer version) {

    static final String PHONE = "PHONE";
    static final String EMAIL = "EMAIL";

    boolean toNewAddress() {
        return EMAIL.equals(delivery);
    }

    CaseWork.Reply reply() {
        CaseStatus status = EnumParameters.parse(CaseStatus.class, then);
        if (status == null && Boolean.TRUE.equals(waitForCustomer)) {
            status = CaseStatus.WAITING_ON_CUSTOMER;
        }
        return new CaseWork.Reply(text, status, PHONE.equals(delivery), toNewAddress() ? email : null);
    }
}
