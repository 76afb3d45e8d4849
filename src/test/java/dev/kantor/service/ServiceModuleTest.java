package dev.kantor.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.LinkedCase;
import dev.kantor.cases.LinkedCases;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionCarriedOut;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.People;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

/**
 * The internal service module on its own, with the platform only: a refund or replacement carried out (or
 * approved) on a customer case files the service's request by itself and publishes {@link InternalRequestFiled},
 * once however often the event is delivered; kinds of action no service is filed for file nothing; a resolved
 * request notifies its requester once. Cases, people and the calendar stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class ServiceModuleTest {

    static final long ACCOUNTING = 901;
    static final long AGENT = 12;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    People people;

    @MockitoBean
    dev.kantor.people.Whereabouts whereabouts;

    @MockitoBean
    LinkedCases cases;

    @MockitoBean
    BusinessCalendars calendars;

    long payout;

    @BeforeEach
    void aPayoutFiledByRefunds() {
        when(calendars.current()).thenReturn(BusinessCalendar.always(ZoneId.of("Asia/Jakarta")));
        when(calendars.zone()).thenReturn(ZoneId.of("Asia/Jakarta"));
        when(cases.find(anyLong()))
                .thenAnswer(call -> Optional.of(new LinkedCase(
                        call.getArgument(0), "KTR-TEST", "Blender", AGENT, CaseStatus.RESOLVED, Instant.now())));
        jdbc.sql("delete from service_field").update();
        jdbc.sql("delete from internal_request_comment").update();
        jdbc.sql("delete from internal_request_value").update();
        jdbc.sql("delete from internal_request").update();
        jdbc.sql("delete from service_offering").update();
        jdbc.sql(
                        """
                        insert into service_offering (department_id, code, name_en, name_id, description_en, description_id,
                            target_minutes, triggered_by)
                        values (?, 'refund-payout', 'Refund payout', 'Pembayaran pengembalian dana', 'Pays out', 'Membayar',
                            480, 'REFUND')""")
                .param(ACCOUNTING)
                .update();
        payout = jdbc.sql("select id from service_offering where code = 'refund-payout'")
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into service_field (offering_id, field_order, name, label_en, label_id, kind, required)
                        values (?, 0, 'amount', 'Amount', 'Jumlah', 'RUPIAH', true)""")
                .param(payout)
                .update();
    }

    long filedFor(String origin) {
        return jdbc.sql("select count(*) from internal_request where origin = ?")
                .param(origin)
                .query(Long.class)
                .single();
    }

    long handling() {
        return jdbc.sql("select count(*) from event_publication")
                .query(Long.class)
                .single();
    }

    @Test
    void aRefundCarriedOutFilesOnePayoutEvenWhenDeliveredTwice(Scenario scenario) {
        ResolutionCarriedOut refund =
                new ResolutionCarriedOut(77, 5, ResolutionType.REFUND, 150_000, AGENT, Instant.now());

        scenario.publish(refund)
                .andWaitForEventOfType(InternalRequestFiled.class)
                .matching(e -> e.caseId() == 5 && e.serviceId() == payout)
                .toArriveAndVerify(e -> {
                    assertThat(e.requesterId()).isEqualTo(AGENT);
                    assertThat(e.departmentId()).isEqualTo(ACCOUNTING);
                });
        // delivered again, as after a restart or by redelivery
        scenario.publish(refund)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> {
                    assertThat(filedFor("resolution:77")).isEqualTo(1);
                });
        assertThat(jdbc.sql("select field_value from internal_request_value where name = 'amount'")
                        .query(String.class)
                        .single())
                .isEqualTo("150000");
    }

    @Test
    void anApprovedRefundIsFiledForItsProposer(Scenario scenario) {
        ResolutionApproved approved =
                new ResolutionApproved(78, 6, ResolutionType.REFUND, 3_000_000, AGENT, 2, Instant.now());

        scenario.publish(approved)
                .andWaitForStateChange(() -> filedFor("resolution:78"), n -> n == 1)
                .andVerify(n -> assertThat(jdbc.sql("select requester_id from internal_request where origin = ?")
                                .param("resolution:78")
                                .query(Long.class)
                                .single())
                        .isEqualTo(AGENT));
    }

    @Test
    void aKindOfActionNoServiceIsFiledForFilesNothing(Scenario scenario) {
        scenario.publish(new ResolutionCarriedOut(79, 7, ResolutionType.GOODWILL_GIFT, 50_000, AGENT, Instant.now()))
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> assertThat(filedFor("resolution:79")).isZero());
        scenario.publish(new ResolutionCarriedOut(80, 7, ResolutionType.REPLACEMENT, 50_000, AGENT, Instant.now()))
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> assertThat(filedFor("resolution:80"))
                        .as("no replacement service published")
                        .isZero());
    }

    @Test
    void aResolvedRequestNotifiesItsRequesterOnce(Scenario scenario) {
        InternalRequestResolved resolved =
                new InternalRequestResolved(4242, payout, ACCOUNTING, AGENT, null, "REFUND", true, 45, Instant.now());
        String notified =
                "select count(*) from notification where recipient_id = ? and event_key like 'internal-request:4242:%'";

        scenario.publish(resolved)
                .andWaitForStateChange(
                        () -> jdbc.sql(notified).param(AGENT).query(Long.class).single(), n -> n == 1)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(resolved)
                .andWaitForStateChange(this::handling, n -> n == 0)
                .andVerify(n -> assertThat(jdbc.sql(notified)
                                .param(AGENT)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));

        // the notice names the service in the reader's language: both names are in the catalogue
        dev.kantor.platform.notifications.Notification notice = notifications.latest(AGENT, false, 10).stream()
                .filter(x -> x.link().equals("/service/requests/4242"))
                .findFirst()
                .orElseThrow();
        assertThat(notice.text(messages, java.util.Locale.ENGLISH)).contains("\"Refund payout\"");
        assertThat(notice.text(messages, java.util.Locale.forLanguageTag("id")))
                .contains("\"Pembayaran pengembalian dana\"")
                .doesNotContain("Refund payout");
    }

    @Autowired
    dev.kantor.platform.notifications.Notifications notifications;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    dev.kantor.service.focus.FocusWindows focus;

    @Test
    void aPersonsOrTheirDepartmentsFocusWindowCoversThemOnlyWithinIt() {
        jdbc.sql("delete from focus_window").update();
        jdbc.sql(
                        "insert into focus_window (employee_id, day_of_week, starts, ends) values (31, 'MONDAY', '09:00', '11:00')")
                .update();
        jdbc.sql(
                        "insert into focus_window (department_id, day_of_week, starts, ends) values (?, 'TUESDAY', '13:00', '15:00')")
                .param(ACCOUNTING)
                .update();
        java.util.Map<Long, Long> people = java.util.Map.of(31L, ACCOUNTING, 32L, ACCOUNTING, 33L, 77L);
        // 2026-11-30 is a Monday; Jakarta is UTC+7
        Instant mondayTen = Instant.parse("2026-11-30T03:00:00Z");
        Instant mondayEleven = Instant.parse("2026-11-30T04:00:00Z");
        Instant tuesdayTwo = Instant.parse("2026-12-01T07:00:00Z");

        assertThat(focus.inFocus(people, mondayTen)).containsExactly(31L);
        assertThat(focus.inFocus(people, mondayEleven))
                .as("the end is not inside")
                .isEmpty();
        assertThat(focus.inFocus(people, tuesdayTwo)).containsExactlyInAnyOrder(31L, 32L);
    }
}
