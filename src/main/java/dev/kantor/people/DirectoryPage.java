package dev.kantor.people;

import java.util.List;

/** One page of directory entries and how many match in all. */
public record DirectoryPage(List<DirectoryEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
