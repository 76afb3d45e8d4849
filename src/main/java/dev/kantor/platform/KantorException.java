package dev.kantor.platform;

import java.util.Arrays;

/**
 * A broken business rule or a failed request, carrying a message key so that the web and the
 * API can say what went wrong in the user's language.
 */
public class KantorException extends RuntimeException {

    /** What kind of failure this is; the API maps it to a status code. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public KantorException(Kind kind, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static KantorException invalid(String messageKey, Object... args) {
        return new KantorException(Kind.INVALID, messageKey, args);
    }

    public static KantorException notFound(String messageKey, Object... args) {
        return new KantorException(Kind.NOT_FOUND, messageKey, args);
    }

    public static KantorException conflict(String messageKey, Object... args) {
        return new KantorException(Kind.CONFLICT, messageKey, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Facts the API adds to its problem answer, such as who can approve instead. */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
