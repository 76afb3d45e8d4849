package dev.kantor.people;

import java.util.List;

/** The outcome of an import: either everything was imported, or nothing and every bad line. */
public record ImportResult(int imported, List<ImportProblem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
