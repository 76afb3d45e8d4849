package dev.kantor.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.platform.InvalidInput;

/**
 * A resource's version as an HTTP entity tag, {@code W/"<version>"}: what {@code ETag} answers and what
 * {@code If-Match} and {@code If-None-Match} name. Weak, because the tag names the version of the record,
 * not the bytes of one representation of it (the caller's language changes those).
 */
final class VersionTags {

    /** The header a request names the version its change is based on with, instead of a version field. */
    static final String IF_MATCH = "If-Match";

    private static final Pattern ONE_TAG = Pattern.compile("^\\s*(?:W/)?\"?(-?\\d{1,10})\"?\\s*$");

    private VersionTags() {}

    /** The entity tag of a version. */
    static String of(long version) {
        return "W/\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names, or null when there is none or it is {@code *} (any).
     *
     * @throws InvalidInput naming {@code If-Match} when it names no version of Kantor's
     */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher tag = ONE_TAG.matcher(header);
        if (!tag.matches()) {
            throw InvalidInput.of(IF_MATCH, "typeMismatch.java.lang.Integer");
        }
        long version = Long.parseLong(tag.group(1));
        if (version < 0 || version > Integer.MAX_VALUE) {
            throw InvalidInput.of(IF_MATCH, "validation.range", 0, Integer.MAX_VALUE);
        }
        return (int) version;
    }

    /**
     * The version of a resource an answer carries: its own {@code version}, or that of the one record it
     * wraps (a request with its history, say); null for anything without one, such as a page of a list.
     */
    static Long versionOf(Object body) {
        if (body == null || body instanceof Paged<?>) {
            return null;
        }
        Long own = ownVersion(body);
        if (own != null || !body.getClass().isRecord()) {
            return own;
        }
        Long found = null;
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            Object value = read(component.getAccessor(), body);
            Long inner = value == null || !value.getClass().isRecord() ? null : ownVersion(value);
            if (inner != null) {
                if (found != null) {
                    return null; // two records, two versions: no one tag says which
                }
                found = inner;
            }
        }
        return found;
    }

    /** Whether a type a request body is read into has a version. */
    static boolean hasVersion(Class<?> type) {
        return accessor(type) != null;
    }

    private static Long ownVersion(Object body) {
        Method accessor = accessor(body.getClass());
        if (accessor == null) {
            return null;
        }
        return read(accessor, body) instanceof Number number ? number.longValue() : null;
    }

    private static Method accessor(Class<?> type) {
        if (!type.getName().startsWith("dev.kantor.")) {
            return null;
        }
        for (String name : new String[] {"version", "getVersion"}) {
            try {
                Method method = type.getMethod(name);
                Class<?> returned = method.getReturnType();
                if (returned == int.class
                        || returned == long.class
                        || returned == Integer.class
                        || returned == Long.class) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // not this one
            }
        }
        return null;
    }

    private static Object read(Method accessor, Object body) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(body);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
