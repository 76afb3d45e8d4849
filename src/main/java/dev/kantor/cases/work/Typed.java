package dev.kantor.cases.work;

/**
 * What someone typed or chose on a case page whose change was refused, shown again as it was so
 * that nothing is lost: the reply, the status to set with it, how it reaches a customer without an
 * address, and the choices of the small forms.
 */
record Typed(String reply, String then, String delivery, String email, String status, String priority, Long ownerId) {

    static final Typed NOTHING = new Typed(null, null, null, null, null, null, null);

    Typed withReply(ReplyForm form) {
        String chosen = form.then() == null || form.then().isBlank()
                ? Boolean.TRUE.equals(form.waitForCustomer()) ? "WAITING_ON_CUSTOMER" : null
                : form.then();
        return new Typed(form.text(), chosen, form.delivery(), form.email(), status, priority, ownerId);
    }

    Typed withStatus(String chosen) {
        return new Typed(reply, then, delivery, email, chosen, priority, ownerId);
    }

    Typed withPriority(String chosen) {
        return new Typed(reply, then, delivery, email, status, chosen, ownerId);
    }

    Typed withOwner(Long chosen) {
        return new Typed(reply, then, delivery, email, status, priority, chosen);
    }
}
