package dev.kantor.platform.web;

/**
 * A change that names two versions: one in {@code If-Match}, another in its {@code version} field or
 * parameter. Kantor cannot tell which the caller meant, so it changes nothing: 412.
 */
final class VersionMismatch extends RuntimeException {

    private final long ifMatch;
    private final long sent;

    VersionMismatch(long ifMatch, long sent) {
        super("If-Match " + ifMatch + ", version " + sent);
        this.ifMatch = ifMatch;
        this.sent = sent;
    }

    long ifMatch() {
        return ifMatch;
    }

    long sent() {
        return sent;
    }
}
