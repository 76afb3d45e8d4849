package dev.kantor.floor.board;

import java.time.Instant;

import dev.kantor.platform.web.Times;

import org.springframework.stereotype.Component;

/** Times of day on the board, in the business's zone; the wall view has no request locale to lean on. */
@Component("floorTimes")
public class FloorTimes {

    private final Times times;

    FloorTimes(Times times) {
        this.times = times;
    }

    public String time(Instant at) {
        return times.time(at);
    }

    /** A fingerprint of what a board shows, so that a poll finding nothing changed swaps nothing. */
    static String fingerprint(Object shown) {
        return Integer.toHexString(shown.hashCode());
    }
}
