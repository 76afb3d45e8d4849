package dev.kantor.platform.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list, the one shape every list operation of the API answers with: the items of the
 * page, which page (zero-based) of what size, how many items match in all, and links to the pages.
 * Made by {@link PageQuery#page(List, long)} (paged in the database) or {@link PageQuery#inMemory(List)}.
 *
 * @param <T> what the list lists
 */
@Schema(description = "One page of a list: its items, the zero-based page, its size, how many match in all, links")
public record Paged<T>(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Zero-based", example = "0") int page,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "50") int size,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many items match in all", example = "1")
                long total,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PageLinks links) {

    public Paged {
        items = List.copyOf(items);
    }

    /** The same page with each item turned into another. */
    public <R> Paged<R> map(Function<? super T, ? extends R> each) {
        return new Paged<>(items.stream().<R>map(each).toList(), page, size, total, links);
    }

    /** How many pages there are: at least one, also when nothing matches. */
    public int pages() {
        return pages(total, size);
    }

    static int pages(long total, int size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }
}
