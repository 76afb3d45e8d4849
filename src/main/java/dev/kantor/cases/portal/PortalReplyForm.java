package dev.kantor.cases.portal;

/** A customer's answer on their case page. */
public record PortalReplyForm(String text) {

    static PortalReplyForm empty() {
        return new PortalReplyForm(null);
    }
}
