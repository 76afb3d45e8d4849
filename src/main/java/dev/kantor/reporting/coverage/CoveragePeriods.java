package dev.kantor.reporting.coverage;

import java.time.LocalDate;

import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureFilters;
import dev.kantor.reporting.frontoffice.Viewers;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The period coverage is asked for, checked; refused to a back-office manager, who sees no coverage. */
@Component
class CoveragePeriods {

    private final FigureFilters filters;
    private final Viewers viewers;

    CoveragePeriods(FigureFilters filters, Viewers viewers) {
        this.filters = filters;
        this.viewers = viewers;
    }

    /**
     * The period asked for, or the last 30 days.
     *
     * @throws AccessDeniedException for a manager held to their own department
     * @throws dev.kantor.platform.InvalidInput naming {@code from} or {@code to} for a period upside down or too long
     */
    FigureFilter of(LocalDate from, LocalDate to) {
        if (viewers.ownDepartmentOnly().isPresent()) {
            throw new AccessDeniedException("coverage is the front office's");
        }
        return filters.of(from, to, null, null, null);
    }
}
