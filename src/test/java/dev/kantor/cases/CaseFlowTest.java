package dev.kantor.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import dev.kantor.cases.customercase.CaseChangedMeanwhile;
import dev.kantor.cases.customercase.CaseField;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.mail.Outbox;
import dev.kantor.cases.portal.CustomerPortal;
import dev.kantor.cases.resolution.NoAuthority;
import dev.kantor.cases.resolution.ProposalOutcome;
import dev.kantor.cases.resolution.ResolutionAction;
import dev.kantor.cases.resolution.Resolutions;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseWork;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case's life through the services, with the demo company's people and delegations. */
@SpringBootTest
@RecordApplicationEvents
class CaseFlowTest {

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseWork work;

    @Autowired
    Resolutions resolutions;

    @Autowired
    CustomerPortal portal;

    @Autowired
    CaseQueries queries;

    @Autowired
    Outbox outbox;

    @Autowired
    UserAccounts accounts;

    @Autowired
    People people;

    @Autowired
    ApplicationEvents events;

    <T> T as(String username, Supplier<T> work) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CustomerCase complaintFromThePortal() {
        return intake.open(
                        new NewCase(
                                "Wulan Sari",
                                "wulan@example.com",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.COMPLAINT,
                                "returns",
                                null,
                                "Kulkas rusak saat diantar",
                                "Pintu kulkas penyok saat tiba."),
                        null)
                .customerCase();
    }

    @Test
    void aPortalComplaintGetsAReferenceAPrivateLinkAndAConfirmationInTheCustomersLanguage() {
        CustomerCase c = complaintFromThePortal();

        assertThat(c.getReference()).matches("KTR-\\d{4}-\\d{6}");
        assertThat(c.getAccessToken()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.NEW);
        assertThat(c.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(outbox.forCase(c.getId())).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("wulan@example.com");
            assertThat(mail.subject()).contains(c.getReference());
            assertThat(mail.body())
                    .contains("/portal/cases/" + c.getAccessToken())
                    .contains("Terima kasih");
        });
        assertThat(portal.view(c.getAccessToken())).isPresent();
        assertThat(portal.view("x".repeat(43))).isEmpty();
    }

    @Test
    void aRefundAboveTheAgentsAndTeamLeadsLimitGoesToTheManagerWhoApprovesIt() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        assertThat(taken.getStatus()).isEqualTo(CaseStatus.OPEN);

        ProposalOutcome proposed = as(
                "agent",
                () -> resolutions.propose(
                        taken.getId(),
                        ResolutionType.REFUND,
                        3_000_000L,
                        "Refund the fridge",
                        taken.getVersion(),
                        false));

        long dewi = people.employeeByEmail("dewi.lestari@sinarmaju.example")
                .orElseThrow()
                .getId();
        assertThat(proposed.carriedOut()).isFalse();
        assertThat(proposed.approverId()).isEqualTo(dewi);
        assertThat(queries.detail(taken.getId()).orElseThrow().customerCase().getStatus())
                .isEqualTo(CaseStatus.PENDING_APPROVAL);
        assertThat(as("manager", () -> resolutions.waitingFor(dewi)))
                .extracting(ResolutionAction::getId)
                .contains(proposed.action().getId());

        ProposalOutcome approved =
                as("manager", () -> resolutions.approve(proposed.action().getId()));

        assertThat(approved.carriedOut()).isTrue();
        CustomerCase resolved = queries.detail(taken.getId()).orElseThrow().customerCase();
        assertThat(resolved.getStatus()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(outbox.forCase(taken.getId())).hasSize(2);

        portal.rate(resolved.getAccessToken(), 5, "Cepat sekali");
        assertThat(portal.view(resolved.getAccessToken()).orElseThrow().rating())
                .isEqualTo(5);
        assertThatThrownBy(() -> portal.rate(resolved.getAccessToken(), 4, null))
                .hasFieldOrPropertyWithValue("messageKey", "case.already-rated");
    }

    @Test
    void aRefundWithinTheAgentsLimitIsCarriedOutAtOnce() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));

        ProposalOutcome outcome = as(
                "agent",
                () -> resolutions.propose(
                        taken.getId(), ResolutionType.REFUND, 200_000L, null, taken.getVersion(), false));

        assertThat(outcome.carriedOut()).isTrue();
        assertThat(queries.detail(taken.getId()).orElseThrow().customerCase().getStatus())
                .isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void withoutAnyAuthorityTheAgentIsToldWhoCanApprove() {
        CustomerCase opened = complaintFromThePortal();
        // the accountant (back office) has no delegated authority at all
        CustomerCase taken = as("accountant", () -> work.take(opened.getId(), opened.getVersion()));

        assertThatThrownBy(() -> as(
                        "accountant",
                        () -> resolutions.propose(
                                taken.getId(), ResolutionType.REFUND, 100_000L, null, taken.getVersion(), false)))
                .isInstanceOf(NoAuthority.class)
                .satisfies(e -> assertThat(((NoAuthority) e).approverName()).isNotBlank());

        ProposalOutcome sent = as(
                "accountant",
                () -> resolutions.propose(
                        taken.getId(), ResolutionType.REFUND, 100_000L, null, taken.getVersion(), true));
        assertThat(sent.carriedOut()).isFalse();
        assertThat(sent.approverName()).isNotBlank();
    }

    @Test
    void theProposerCannotApproveTheirOwnRequest() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        ProposalOutcome proposed = as(
                "agent",
                () -> resolutions.propose(
                        taken.getId(), ResolutionType.REFUND, 3_000_000L, null, taken.getVersion(), false));

        assertThatThrownBy(() ->
                        as("agent", () -> resolutions.approve(proposed.action().getId())))
                .isInstanceOf(KantorException.class)
                .hasFieldOrPropertyWithValue("messageKey", "approval.own-request");
    }

    @Test
    void aBackOfficeEmployeeWhoKeepsServingCustomersShowsAsHybrid() {
        long siti = accounts.loadUserByUsername("accountant").employeeId();
        assertThat(people.entry(siti).orElseThrow().office()).isIn(Office.BACK, Office.HYBRID);
        for (int i = 0; i < 4; i++) {
            as(
                    "accountant",
                    () -> intake.open(
                            new NewCase(
                                    "Pelanggan " + System.nanoTime(),
                                    null,
                                    "+62 811-000-111",
                                    "id",
                                    Channel.WALK_IN,
                                    CaseType.QUESTION,
                                    "billing",
                                    null,
                                    "Tagihan dobel",
                                    null),
                            siti));
        }

        // the shares are measured at most once a minute: a minute on, the directory knows
        Instant aMinuteOn = Instant.now().plus(Duration.ofSeconds(61));
        ReplayableClock.at(aMinuteOn, () -> {
            assertThat(people.entry(siti).orElseThrow().office()).isEqualTo(Office.HYBRID);
            var hybrids = people.search(new DirectoryQuery(null, null, Office.HYBRID, null, null, null, null, 0, 50))
                    .entries();
            assertThat(hybrids).extracting(DirectoryEntry::id).contains(siti);
            var backOffice = people.search(new DirectoryQuery(null, null, Office.BACK, null, null, null, null, 0, 200))
                    .entries();
            assertThat(backOffice).extracting(DirectoryEntry::id).doesNotContain(siti);
            return null;
        });
    }

    @Test
    void theSecondOfTwoConcurrentChangesIsRefused() {
        CustomerCase opened = complaintFromThePortal();
        as("agent", () -> work.take(opened.getId(), opened.getVersion()));

        assertThatThrownBy(() -> as("manager", () -> work.take(opened.getId(), opened.getVersion())))
                .hasFieldOrPropertyWithValue("kind", KantorException.Kind.CONFLICT);
    }

    @Test
    void waitingOnTheCustomerPausesTheClockUntilTheyReply() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        CustomerCase waiting =
                as("agent", () -> work.reply(taken.getId(), "Boleh kirim foto?", true, taken.getVersion()));
        assertThat(waiting.getStatus()).isEqualTo(CaseStatus.WAITING_ON_CUSTOMER);
        assertThat(queries.detail(taken.getId()).orElseThrow().summary().resolution())
                .isEqualTo(SlaState.PAUSED);

        portal.reply(waiting.getAccessToken(), "Sudah saya kirim.");

        assertThat(queries.detail(taken.getId()).orElseThrow().customerCase().getStatus())
                .isEqualTo(CaseStatus.OPEN);
        assertThat(portal.view(waiting.getAccessToken()).orElseThrow().timeline())
                .extracting(TimelineEntry::kind)
                .contains(EntryKind.REPLY, EntryKind.CUSTOMER_MESSAGE)
                .doesNotContain(EntryKind.NOTE);
    }

    @Test
    void aRefundWithinAuthorityIsPublishedWithItsAmountAndWhoCarriedItOut() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        long agent = accounts.loadUserByUsername("agent").employeeId();

        ProposalOutcome outcome = as(
                "agent",
                () -> resolutions.propose(
                        taken.getId(),
                        ResolutionType.STORE_CREDIT,
                        150_000L,
                        "Kredit belanja",
                        taken.getVersion(),
                        false));

        assertThat(events.stream(ResolutionCarriedOut.class).filter(e -> e.caseId() == taken.getId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actionId()).isEqualTo(outcome.action().getId());
                    assertThat(e.type()).isEqualTo(ResolutionType.STORE_CREDIT);
                    assertThat(e.amount()).isEqualTo(150_000L);
                    assertThat(e.by()).isEqualTo(agent);
                });
        assertThat(events.stream(CaseResolved.class).filter(e -> e.caseId() == taken.getId()))
                .singleElement()
                .extracting(CaseResolved::by)
                .isEqualTo(agent);
    }

    @Test
    void aCustomerWritingBackToAResolvedCaseReopensIt() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        CustomerCase resolved =
                as("agent", () -> work.changeStatus(taken.getId(), CaseStatus.RESOLVED, taken.getVersion()));

        portal.reply(resolved.getAccessToken(), "Masih rusak setelah diperbaiki.");

        assertThat(queries.detail(taken.getId()).orElseThrow().customerCase().getStatus())
                .isEqualTo(CaseStatus.OPEN);
        assertThat(events.stream(CaseReopened.class).filter(e -> e.caseId() == taken.getId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(CaseStatus.OPEN);
                    assertThat(e.by()).as("the customer, who has no account").isNull();
                });
    }

    // --- messages append; only changes of the same field conflict ---

    long employee(String username) {
        return accounts.loadUserByUsername(username).employeeId();
    }

    /** A walk-in without an e-mail address, logged by the agent, who owns it. */
    CustomerCase walkInWithoutAddress() {
        return as("agent", () -> intake.open(
                        new NewCase(
                                "Pak Joko",
                                null,
                                "+62 812-4444-0000",
                                "id",
                                Channel.WALK_IN,
                                CaseType.QUESTION,
                                "warranty",
                                null,
                                "Garansi kipas angin",
                                "Kipas berhenti berputar."),
                        employee("agent"))
                .customerCase());
    }

    @Test
    void aReplyWrittenBeforeTheCustomerWroteAgainIsSentNotRefused() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        CustomerCase waiting =
                as("agent", () -> work.reply(taken.getId(), "Boleh kirim foto?", true, taken.getVersion()));
        int read = waiting.getVersion();

        // the customer writes (and so reopens the case) while the agent types on the page read before
        portal.reply(waiting.getAccessToken(), "Ini fotonya.");
        CustomerCase replied =
                as("agent", () -> work.reply(waiting.getId(), "Terima kasih, kami cek dulu.", false, read));

        assertThat(replied.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(queries.detail(waiting.getId()).orElseThrow().timeline())
                .extracting(TimelineEntry::body)
                .containsSubsequence("Boleh kirim foto?", "Ini fotonya.", "Terima kasih, kami cek dulu.");
    }

    @Test
    void twoRepliesBasedOnTheSameVersionAreBothSent() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));

        as("agent", () -> work.reply(taken.getId(), "Kami cek dulu.", false, taken.getVersion()));
        as("manager", () -> work.reply(taken.getId(), "Saya ikut membantu.", false, taken.getVersion()));

        assertThat(queries.detail(taken.getId()).orElseThrow().timeline())
                .filteredOn(e -> e.kind() == EntryKind.REPLY)
                .extracting(TimelineEntry::body)
                .containsExactly("Kami cek dulu.", "Saya ikut membantu.");
    }

    @Test
    void aStatusChangeOnAStaleVersionIsRefusedNamingWhoChangedTheStatusFromWhatToWhat() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        as("manager", () -> work.changeStatus(taken.getId(), CaseStatus.WAITING_ON_CUSTOMER, taken.getVersion()));

        assertThatThrownBy(() -> as(
                        "agent",
                        () -> work.reply(
                                taken.getId(),
                                new CaseWork.Reply("Sudah kami ganti.", CaseStatus.RESOLVED, false, null),
                                taken.getVersion())))
                .isInstanceOfSatisfying(CaseChangedMeanwhile.class, e -> {
                    assertThat(e.kind()).isEqualTo(KantorException.Kind.CONFLICT);
                    assertThat(e.changes()).singleElement().satisfies(change -> {
                        assertThat(change.field()).isEqualTo(CaseField.STATUS);
                        assertThat(change.statusFrom()).contains(CaseStatus.OPEN);
                        assertThat(change.statusTo()).contains(CaseStatus.WAITING_ON_CUSTOMER);
                        assertThat(change.by()).isEqualTo(employee("manager"));
                        assertThat(change.byCustomer()).isFalse();
                    });
                    assertThat(e.currentVersion()).isEqualTo(taken.getVersion() + 1);
                });
        // and nothing of the refused change was written: neither the reply nor the status
        var detail = queries.detail(taken.getId()).orElseThrow();
        assertThat(detail.customerCase().getStatus()).isEqualTo(CaseStatus.WAITING_ON_CUSTOMER);
        assertThat(detail.timeline()).extracting(TimelineEntry::body).doesNotContain("Sudah kami ganti.");
    }

    @Test
    void aStatusChangeGoesThroughWhenOnlyTheOwnerChangedMeanwhile() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        as("manager", () -> work.take(taken.getId(), taken.getVersion()));

        CustomerCase waiting =
                as("agent", () -> work.changeStatus(taken.getId(), CaseStatus.WAITING_ON_CUSTOMER, taken.getVersion()));

        assertThat(waiting.getStatus()).isEqualTo(CaseStatus.WAITING_ON_CUSTOMER);
        assertThat(waiting.getOwnerId()).isEqualTo(employee("manager"));
        // but taking it back on the version read is refused: the owner is what changed
        assertThatThrownBy(() -> as("agent", () -> work.take(taken.getId(), taken.getVersion())))
                .isInstanceOfSatisfying(
                        CaseChangedMeanwhile.class,
                        e -> assertThat(e.changes()).singleElement().satisfies(change -> {
                            assertThat(change.field()).isEqualTo(CaseField.OWNER);
                            assertThat(change.ownerFrom()).contains(employee("agent"));
                            assertThat(change.ownerTo()).contains(employee("manager"));
                        }));
    }

    @Test
    void theCustomerReopeningACaseIsNamedAsTheCustomerWhenAStatusChangeIsRefused() {
        CustomerCase opened = complaintFromThePortal();
        CustomerCase taken = as("agent", () -> work.take(opened.getId(), opened.getVersion()));
        CustomerCase waiting =
                as("agent", () -> work.reply(taken.getId(), "Boleh kirim foto?", true, taken.getVersion()));
        portal.reply(waiting.getAccessToken(), "Masih rusak.");

        assertThatThrownBy(() -> as(
                        "agent", () -> work.changeStatus(waiting.getId(), CaseStatus.RESOLVED, waiting.getVersion())))
                .isInstanceOfSatisfying(
                        CaseChangedMeanwhile.class,
                        e -> assertThat(e.changes()).singleElement().satisfies(change -> {
                            assertThat(change.byCustomer()).isTrue();
                            assertThat(change.by()).isNull();
                            assertThat(change.statusFrom()).contains(CaseStatus.WAITING_ON_CUSTOMER);
                            assertThat(change.statusTo()).contains(CaseStatus.OPEN);
                        }));
    }

    @Test
    void aReplyToACustomerWithoutAnAddressIsRecordedAndNothingIsMailedOrClaimed() {
        CustomerCase c = walkInWithoutAddress();

        CaseWork.Replied replied =
                as("agent", () -> work.reply(c.getId(), CaseWork.Reply.of("Garansi masih berlaku."), null));

        assertThat(replied.delivery()).isEqualTo(CaseWork.Delivery.NOT_SENT_NO_ADDRESS);
        assertThat(replied.address()).isNull();
        assertThat(outbox.forCase(c.getId())).isEmpty();
        assertThat(queries.detail(c.getId()).orElseThrow().timeline())
                .filteredOn(e -> e.kind() == EntryKind.REPLY)
                .singleElement()
                .satisfies(e -> assertThat(e.channel()).contains(Channel.WEB));
    }

    @Test
    void aReplyByPhoneIsANoteOfTheCallAndANewAddressIsAddedAndMailed() {
        CustomerCase c = walkInWithoutAddress();

        CaseWork.Replied call = as(
                "agent",
                () -> work.reply(c.getId(), new CaseWork.Reply("Saya telepon: unit diganti.", null, true, null), null));
        assertThat(call.delivery()).isEqualTo(CaseWork.Delivery.NOTED_AS_CALL);
        assertThat(outbox.forCase(c.getId())).isEmpty();
        assertThat(queries.detail(c.getId()).orElseThrow().timeline())
                .filteredOn(e -> e.kind() == EntryKind.CALL)
                .singleElement()
                .satisfies(e -> assertThat(e.visibleToCustomer()).isFalse());

        CaseWork.Replied mailed = as(
                "agent",
                () -> work.reply(
                        c.getId(),
                        new CaseWork.Reply("Unit pengganti siap diambil.", null, false, "joko@contoh.example"),
                        null));
        assertThat(mailed.delivery()).isEqualTo(CaseWork.Delivery.EMAILED);
        assertThat(mailed.address()).isEqualTo("joko@contoh.example");
        assertThat(mailed.addressAdded()).isTrue();
        assertThat(queries.detail(c.getId()).orElseThrow().customer().email()).isEqualTo("joko@contoh.example");
        assertThat(outbox.forCase(c.getId())).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains("Unit pengganti siap diambil."));
    }
}
