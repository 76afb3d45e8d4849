package dev.kantor.cases.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.cases.views.BuiltInView;
import dev.kantor.cases.views.QueueOrder;
import dev.kantor.cases.views.SavedView;
import dev.kantor.cases.views.SortColumn;
import dev.kantor.cases.views.ViewCriteria;
import dev.kantor.cases.views.ViewParameters;

/**
 * The queue's addresses from the view on show: sorted by another column or the other way, another
 * page, another view; and what a screen reader says about the sorted column.
 */
public final class QueueLinks {

    private final ViewCriteria shown;

    QueueLinks(ViewCriteria shown) {
        this.shown = shown;
    }

    /** The queue sorted by this column: the other way round if it is sorted by it already. */
    public String sort(String column) {
        SortColumn by = SortColumn.valueOf(column);
        QueueOrder now = shown.order();
        QueueOrder next = now.by() == by
                ? new QueueOrder(by, now.direction().reversed())
                : new QueueOrder(by, by.firstDirection());
        return address(ViewParameters.of(shown.ordered(next)), 1);
    }

    /** {@code aria-sort} of a column's header: "ascending" or "descending" for the sorted column, else none. */
    public String ariaSort(String column) {
        if (shown.order().by() != SortColumn.valueOf(column)) {
            return null;
        }
        return shown.order().ascending() ? "ascending" : "descending";
    }

    /** The arrow after the sorted column's name; nothing after the others. */
    public String arrow(String column) {
        if (shown.order().by() != SortColumn.valueOf(column)) {
            return "";
        }
        return shown.order().ascending() ? "\u25B2" : "\u25BC";
    }

    /** Another page of the same view. */
    public String page(int number) {
        return address(ViewParameters.of(shown), number);
    }

    public String view(BuiltInView view) {
        return "/cases?view=" + view.parameter();
    }

    public String view(SavedView view) {
        return "/cases?view=" + view.getId();
    }

    /** Whether the queue shows exactly what this view shows, filters and order alike. */
    public boolean shows(ViewCriteria criteria) {
        return shown.equals(criteria);
    }

    /** The view on show as its parameters, for forms that keep it (saving it, a bulk change). */
    public Map<String, String> parameters() {
        return ViewParameters.of(shown);
    }

    static String address(Map<String, String> parameters, int page) {
        String query = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/cases?" + query + (page > 1 ? "&page=" + page : "");
    }
}
