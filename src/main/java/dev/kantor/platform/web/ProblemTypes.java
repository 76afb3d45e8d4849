package dev.kantor.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/** Stable identifiers of the kinds of problem the API answers with (RFC 9457 {@code type}). */
public final class ProblemTypes {

    private ProblemTypes() {}

    public static URI uri(String name) {
        return URI.create("urn:kantor:problem:" + name);
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
