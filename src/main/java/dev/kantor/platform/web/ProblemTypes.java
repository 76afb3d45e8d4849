package dev.kantor.platform.web;

import java.net.URI;

import dev.kantor.platform.KantorException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** Stable identifiers of the kinds of problem the API answers with (RFC 9457 {@code type}). */
public final class ProblemTypes {

    private ProblemTypes() {}

    public static URI uri(String name) {
        return URI.create("urn:kantor:problem:" + name);
    }

    /** The status a broken rule is answered with: 422, 404, 409 or 403 by its kind. */
    public static HttpStatus statusOf(KantorException e) {
        return switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    /**
     * A stable type for each kind of rule: the message key without its prefix, e.g.
     * "employee-has-reports"; answers that list the outcome of many changes (a bulk change) give
     * each refusal the type a single change would have been answered with.
     */
    public static String of(KantorException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> "not-found";
            case CONFLICT -> e.messageKey().equals("error.concurrent-change") ? "concurrent-change" : "conflict";
            case FORBIDDEN -> e.messageKey().replaceFirst("^error\\.", "").replace('.', '-');
            case INVALID ->
                e.messageKey().replaceFirst("^(error|validation)\\.", "").replace('.', '-');
        };
    }

    /**
     * The type of a refusal that has no more specific one: by its status, such as "too-large" for
     * 413 or "bad-request" for any other 400.
     */
    static String forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "timeout";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 414 -> "address-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            case 503 -> "unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "server-error";
        };
    }

    /** The message key of the title that goes with {@link #forStatus(HttpStatusCode)}. */
    static String titleKey(HttpStatusCode status) {
        return "error.status." + forStatus(status);
    }
}
