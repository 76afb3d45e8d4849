package dev.kantor.people.directory;

import java.util.List;

import dev.kantor.people.DirectoryPage;

/** One page of a directory search as the REST API answers with it. */
record PageResponse<T>(List<T> items, int page, int size, long total) {

    static PageResponse<EmployeeResponse> of(DirectoryPage page) {
        return new PageResponse<>(
                page.entries().stream().map(EmployeeResponse::of).toList(), page.page(), page.size(), page.total());
    }
}
