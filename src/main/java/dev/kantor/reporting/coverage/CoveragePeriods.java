package dev.kantor.reporting.coverage;

import java.time.LocalDate;

import dev.kantor.cases.Channel;
import dev.kantor.platform.InputCheck;
import dev.kantor.reporting.frontoffice.FigureFilter;
import dev.kantor.reporting.frontoffice.FigureFilters;
import dev.kantor.reporting.frontoffice.Viewers;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The period and filters coverage is asked for, checked; refused to a back-office manager, who sees no coverage.
 * A topic is refused where coverage is asked for on its own (its CSV, its drill-down, its API): coverage is
 * counted per queue and no queue serves a topic, so answering would silently ignore the topic. The dashboard,
 * which counts every table with one filter, shows coverage without the topic and says so on the section.
 */
@Component
class CoveragePeriods {

    private final FigureFilters filters;
    private final Viewers viewers;

    CoveragePeriods(FigureFilters filters, Viewers viewers) {
        this.filters = filters;
        this.viewers = viewers;
    }

    /**
     * The period asked for, or the last 30 days, with the department, channel and queue asked for.
     *
     * @throws AccessDeniedException for a manager held to their own department
     * @throws dev.kantor.platform.InvalidInput naming {@code from} or {@code to} for a period upside down or too
     *     long, {@code queue} for a queue there is not, {@code topic} for any topic
     */
    FigureFilter of(LocalDate from, LocalDate to, Long department, String topic, Channel channel, Long queue) {
        if (viewers.ownDepartmentOnly().isPresent()) {
            throw new AccessDeniedException("coverage is the front office's");
        }
        new InputCheck()
                .that(topic == null || topic.isBlank(), "topic", "reporting.coverage.per-queue")
                .throwIfAny();
        return filters.of(from, to, department, null, channel, queue);
    }
}
