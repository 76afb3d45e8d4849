package dev.kantor.people.importing;

import java.util.List;

import dev.kantor.people.ImportProblem;

/**
 * An employee file, checked: either every line is a new hire ready to be stored, or there are
 * problems, every one with its line, and nothing may be stored.
 */
public record CheckedFile(List<NewHire> hires, List<ImportProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
