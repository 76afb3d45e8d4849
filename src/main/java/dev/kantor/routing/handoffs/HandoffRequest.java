package dev.kantor.routing.handoffs;

/**
 * A warm handoff as the sender asks for it: an existing case, or a customer standing in front of
 * them with no case yet (then a walk-in case is opened on the way).
 *
 * @param receiverId the colleague chosen; null to take the best suggestion
 */
public record HandoffRequest(
        Long caseId,
        String customerName,
        String customerEmail,
        String customerPhone,
        String topic,
        String language,
        String note,
        Long receiverId) {

    boolean newCustomer() {
        return caseId == null;
    }
}
