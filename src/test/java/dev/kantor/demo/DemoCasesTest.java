package dev.kantor.demo;

import java.util.List;
import java.util.Map;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.work.CaseFilter;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's eight weeks of cases make every board show something on first start. */
@SpringBootTest(properties = {"kantor.demo.cases=true", "kantor.demo.cases-in-background=false"})
class DemoCasesTest {

    @Autowired
    CaseQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eightWeeksOfCasesFromEveryChannelWithApprovalsAndRatings() {
        List<CaseSummary> all =
                queries.queue(new CaseFilter(null, null, null, null, null, null, null, null, false, null, 2000));

        assertThat(all).hasSizeGreaterThan(200);
        assertThat(all).extracting(CaseSummary::channel).contains(Channel.values());
        assertThat(all).extracting(CaseSummary::type).contains(CaseType.values());
        assertThat(all)
                .extracting(CaseSummary::status)
                .contains(CaseStatus.RESOLVED, CaseStatus.OPEN, CaseStatus.WAITING_ON_CUSTOMER);
        Map<String, Long> actions = jdbc
                .sql("select state, count(*) from resolution_action group by state")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(actions).containsKeys("CARRIED_OUT", "APPROVED");
        assertThat(queries.recentRatings(500)).hasSizeGreaterThan(50);
        assertThat(jdbc.sql("select count(*) from customer_contact")
                        .query(Long.class)
                        .single())
                .isGreaterThan(100);
    }
}
