package dev.kantor.scheduling.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable copies that keep null elements, so that the validator, not a constructor, refuses them. */
final class Lists {

    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : copy(list);
    }
}
