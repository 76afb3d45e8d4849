package dev.kantor.cases.customercase;

import java.time.Instant;

import dev.kantor.cases.sla.Pause;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A span during which the case waited on the customer, as stored. */
@Table("case_pause")
record CasePause(@Column("from_at") Instant from, @Column("to_at") Instant to) {

    Pause pause() {
        return new Pause(from, to);
    }
}
