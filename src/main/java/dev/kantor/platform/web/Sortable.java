package dev.kantor.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a list operation of the API may be sorted by, with {@code sort=field} (ascending) or
 * {@code sort=-field} (descending). Any other field is refused with a 400 naming {@code sort}, and the
 * API description lists exactly these values. A list operation without it keeps its one documented order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sortable {

    /** The field names, as the items of the list name them. */
    String[] value();
}
