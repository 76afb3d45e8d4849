package dev.kantor.floor.board;

import java.time.Clock;

import dev.kantor.platform.security.KantorUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Signing in to Kantor is arriving: the first sign-in of the day is recorded for the live board. */
@Component
class SignInArrivals {

    private static final Logger log = LoggerFactory.getLogger(SignInArrivals.class);

    private final StoredArrivals arrivals;
    private final Clock clock;

    SignInArrivals(StoredArrivals arrivals, Clock clock) {
        this.arrivals = arrivals;
        this.clock = clock;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KantorUser user && user.employeeId() != null) {
            try {
                arrivals.record(user.employeeId(), clock.instant(), StoredArrivals.How.SIGN_IN);
            } catch (RuntimeException e) {
                // the board may show someone late a little longer; the sign-in itself goes on
                log.warn("Could not record the arrival of employee {}", user.employeeId(), e);
            }
        }
    }
}
