package dev.kantor.cases.portal;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's allowances per client address, in {@code portal_allowance}, shared by every node. */
class StoredAllowances extends dev.kantor.platform.allowance.StoredAllowances {

    StoredAllowances(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "portal_allowance");
    }
}
