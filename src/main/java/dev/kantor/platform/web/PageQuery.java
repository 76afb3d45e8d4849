package dev.kantor.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which page of a list the caller asked for: the {@code page} (zero-based), its {@code size} and the
 * {@code sort}, already checked; a list operation of the API takes it as a parameter and answers
 * {@link #page(List, long)} (paged in the database: {@link #offset()}, {@link #size()}) or
 * {@link #inMemory(List)} (a short list, paged and sorted here).
 *
 * @param order the sort asked for, or null for the list's own order
 * @param path  the request's path, for the links
 * @param query the request's other query parameters (raw, without page and size), for the links
 */
public record PageQuery(int page, int size, Order order, String path, String query) {

    /** The size of a page unless the caller asks for another. */
    public static final int DEFAULT_SIZE = 50;

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;

    /** Sorting by one field, ascending or descending ({@code -field}). */
    public record Order(String field, boolean descending) {

        /** The order as the {@code sort} parameter writes it. */
        @Override
        public String toString() {
            return (descending ? "-" : "") + field;
        }
    }

    /** The first page of the default size in the list's own order, for calls that are not requests. */
    public static PageQuery first(String path) {
        return new PageQuery(0, DEFAULT_SIZE, null, path, null);
    }

    /** The number of items before this page. */
    public long offset() {
        return (long) page * size;
    }

    /** Whether the caller sorts by this field (either way). */
    public boolean sortsBy(String field) {
        return order != null && order.field().equals(field);
    }

    /** Whether the sort asked for is descending. */
    public boolean descending() {
        return order != null && order.descending();
    }

    /** This page of a list paged in the database: the page's items and how many match in all. */
    public <T> Paged<T> page(List<T> items, long total) {
        int last = Paged.pages(total, size) - 1;
        return new Paged<>(
                items,
                page,
                size,
                total,
                new PageLinks(
                        link(page),
                        link(0),
                        page > 0 ? link(Math.min(page - 1, last)) : null,
                        page < last ? link(page + 1) : null,
                        link(last)));
    }

    /**
     * This page of a whole list held in memory, sorted first when a sort was asked for (by the item's
     * accessor of that name; nulls last; text without regard to case, choices in their own order; ties keep
     * the list's order).
     */
    public <T> Paged<T> inMemory(List<T> all) {
        List<T> sorted = all;
        if (order != null && !all.isEmpty()) {
            sorted = new ArrayList<>(all);
            sorted.sort(comparator(order));
        }
        int from = (int) Math.min(offset(), sorted.size());
        int to = (int) Math.min((long) from + size, sorted.size());
        return page(sorted.subList(from, to), sorted.size());
    }

    private String link(int to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (query != null && !query.isEmpty()) {
            uri.query(query);
        }
        return uri.replaceQueryParam("page", to)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<T> comparator(Order order) {
        Comparator<Object> values = (a, b) -> a instanceof String x && b instanceof String y
                ? String.CASE_INSENSITIVE_ORDER.compare(x, y)
                : ((Comparable) a).compareTo(b);
        Comparator<T> byField = Comparator.comparing(
                item -> (Object) valueOf(item, order.field()),
                Comparator.nullsLast(order.descending() ? values.reversed() : values));
        return byField;
    }

    private static Object valueOf(Object item, String field) {
        try {
            Method accessor = accessor(item.getClass(), field);
            accessor.setAccessible(true);
            Object value = accessor.invoke(item);
            return value;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot sort " + item.getClass().getName() + " by " + field, e);
        }
    }

    private static Method accessor(Class<?> type, String field) throws NoSuchMethodException {
        try {
            return type.getMethod(field);
        } catch (NoSuchMethodException e) {
            return type.getMethod("get" + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1));
        }
    }
}
