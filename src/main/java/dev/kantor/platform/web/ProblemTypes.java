package dev.kantor.platform.web;

import java.net.URI;

/** Stable identifiers of the kinds of problem the API answers with (RFC 9457 {@code type}). */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static URI uri(String name) {
        return URI.create("urn:kantor:problem:" + name);
    }
}
