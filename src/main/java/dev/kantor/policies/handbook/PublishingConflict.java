package dev.kantor.policies.handbook;

import java.util.List;
import java.util.Map;

import dev.kantor.platform.KantorException;

/** Publishing refused: the draft would conflict with published versions, which the answer names. */
class PublishingConflict extends KantorException {

    private final List<Long> conflictingVersions;

    PublishingConflict(List<Long> conflictingVersions) {
        super(
                Kind.CONFLICT,
                "policies.publish.conflicts",
                String.join(
                        ", ", conflictingVersions.stream().map(String::valueOf).toList()));
        this.conflictingVersions = List.copyOf(conflictingVersions);
    }

    List<Long> conflictingVersions() {
        return conflictingVersions;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("conflictingVersions", conflictingVersions);
    }
}
