package dev.kantor.routing.handoffs;

/** The "Help a customer" form: an existing case by reference, or the customer standing here. */
record HandoffForm(
        String caseReference,
        String customerName,
        String customerEmail,
        String customerPhone,
        String topic,
        String language,
        String note,
        Long receiverId) {

    static HandoffForm empty(String language) {
        return new HandoffForm(null, null, null, null, null, language, null, null);
    }

    boolean forExistingCase() {
        return caseReference != null && !caseReference.isBlank();
    }

    HandoffRequest request(Long caseId) {
        return new HandoffRequest(
                caseId,
                customerName,
                blankToNull(customerEmail),
                blankToNull(customerPhone),
                topic,
                language,
                note,
                receiverId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
