package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.util.List;

/** A person on the roster, the contract they work under and the dates they cannot work. */
public record Agent(String id, String contract, List<LocalDate> unavailableDates) {

    public Agent {
        unavailableDates = Lists.copyOrEmpty(unavailableDates);
    }
}
