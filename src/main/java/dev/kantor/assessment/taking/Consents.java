package dev.kantor.assessment.taking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import dev.kantor.assessment.Audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whom each employee lets see their results: nobody until they say so, and only until they revoke it. */
@Component
public class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the consent is new (false when it was already given) */
    public boolean grant(long employeeId, Audience audience, Instant at) {
        // a second grant, even one at the same moment, writes nothing (the key is the employee and audience)
        return jdbc.sql("insert into assessment_consent (employee_id, audience, granted_at) values (?, ?, ?) "
                                + "on conflict do nothing")
                        .params(employeeId, audience.name(), Timestamp.from(at))
                        .update()
                > 0;
    }

    /** @return whether there was a consent to revoke */
    public boolean revoke(long employeeId, Audience audience) {
        return jdbc.sql("delete from assessment_consent where employee_id = ? and audience = ?")
                        .params(employeeId, audience.name())
                        .update()
                > 0;
    }

    public Set<Audience> of(long employeeId) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        jdbc.sql("select audience from assessment_consent where employee_id = ?")
                .param(employeeId)
                .query(String.class)
                .list()
                .forEach(a -> audiences.add(Audience.valueOf(a)));
        return audiences;
    }

    /** The employees who let this audience see their results. */
    public Set<Long> sharingWith(Audience audience) {
        return new HashSet<>(jdbc.sql("select employee_id from assessment_consent where audience = ?")
                .param(audience.name())
                .query(Long.class)
                .list());
    }
}
