package dev.kantor.service.requests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filing form as the browser sends it: the service's fields as {@code values.<name>}, an optional customer
 * case by its reference.
 */
record RequestForm(String caseReference) {

    static final String PREFIX = "values.";

    /** The form's field values, by field name, from the request's parameters. */
    static Map<String, String> values(Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                values.put(name.substring(PREFIX.length()), value);
            }
        });
        return values;
    }
}
