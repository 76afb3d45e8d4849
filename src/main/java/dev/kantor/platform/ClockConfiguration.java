package dev.kantor.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** One clock for the whole application, so that tests can fix the time and history can be replayed. */
    @Bean
    ReplayableClock clock() {
        return new ReplayableClock(Clock.systemDefaultZone());
    }
}
