package dev.kantor.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.kantor.calendar.BusinessCalendar;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseIntake;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.CaseWork;
import dev.kantor.cases.Channel;
import dev.kantor.cases.CustomerCase;
import dev.kantor.cases.CustomerPortal;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.NoAuthority;
import dev.kantor.cases.ProposalOutcome;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.Resolutions;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.People;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Eight weeks of customer cases for the demo company, replayed through the same services at the
 * times they happened: intake from every channel, replies, waiting on customers, resolutions
 * within authority and approvals above it, ratings. Seeded, so every demo starts alike.
 */
@Component
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final int WEEKS = 8;
    private static final String[] FIRST = {"Andi", "Bayu", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hana", "Indra",
        "Joko", "Kartika", "Lina", "Made", "Nadia", "Oki", "Putu", "Rahmat", "Sari", "Teguh", "Umi", "Vina", "Wahyu",
        "Yohana", "Zainal", "Ketut", "Ratna", "Hendro", "Mei Ling", "Tjoa", "Butet"};
    private static final String[] LAST = {"Saputra", "Wijayanti", "Nugroho", "Halim", "Siregar", "Kusuma", "Lubis",
        "Santoso", "Hakim", "Pardede", "Suryani", "Gunadi", "Tanoto", "Wibowo", "Rusdi", "Harahap"};
    /** Topic, subject, message, and the customer's language. */
    private static final String[][] SUBJECTS = {
        {"returns", "Mau kembalikan blender, tidak sesuai", "Blender yang saya beli kemarin tidak sesuai pesanan.", "id"},
        {"returns", "Return a vacuum cleaner", "The vacuum cleaner is too loud, I would like to return it.", "en"},
        {"warranty", "TV mati setelah dua minggu", "TV LED 43 inci tiba-tiba mati dan tidak mau menyala.", "id"},
        {"warranty", "Mesin cuci bocor", "Mesin cuci bocor dari bawah setiap kali mencuci.", "id"},
        {"warranty", "Fridge stopped cooling", "The fridge I bought in March no longer cools.", "en"},
        {"billing", "Tagihan cicilan dobel", "Cicilan bulan ini ditagih dua kali.", "id"},
        {"billing", "Biaya pengiriman salah", "Saya dikenai biaya kirim padahal gratis ongkir.", "id"},
        {"delivery", "Pengiriman kulkas terlambat", "Kulkas dijadwalkan kemarin tetapi belum sampai.", "id"},
        {"delivery", "AC diantar ke alamat lama", "AC dikirim ke alamat lama saya.", "id"},
        {"delivery", "When will my oven arrive?", "I ordered an oven last week and have no delivery date.", "en"},
        {"product-advice", "Rice cooker untuk keluarga besar", "Rice cooker mana yang cocok untuk 8 orang?", "id"},
        {"product-advice", "Kipas angin yang hemat listrik", "Saya cari kipas angin yang hemat listrik.", "id"},
        {"account", "Poin member tidak bertambah", "Poin belanja saya bulan ini tidak masuk.", "id"},
        {"other", "Jam buka toko saat libur", "Apakah toko buka saat hari libur nasional?", "id"}};

    private final People people;
    private final CaseIntake intake;
    private final CaseWork work;
    private final Resolutions resolutions;
    private final CustomerPortal portal;
    private final BusinessCalendars calendars;
    private final java.time.Clock clock;

    DemoCases(People people, CaseIntake intake, CaseWork work, Resolutions resolutions, CustomerPortal portal,
            BusinessCalendars calendars, java.time.Clock clock) {
        this.people = people;
        this.intake = intake;
        this.work = work;
        this.resolutions = resolutions;
        this.portal = portal;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Someone who serves or approves in a replayed story. */
    private record Agent(long id, Role role) {
    }

    void replay() {
        long start = System.nanoTime();
        Random random = new Random(20261127);
        List<Agent> agents = agents();
        BusinessCalendar calendar = calendars.current();
        ZoneId zone = calendars.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int count = 0;
        for (LocalDate day = today.minusWeeks(WEEKS); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.hoursOn(day).isEmpty()) {
                continue;
            }
            int cases = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 3 : 4 + random.nextInt(4);
            for (int i = 0; i < cases; i++) {
                Instant opened = day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(8 * 60))).atZone(zone)
                        .toInstant();
                if (opened.isAfter(clock.instant())) {
                    continue;
                }
                try {
                    story(random, agents, calendar, opened, Duration.between(opened, clock.instant()));
                    count++;
                } catch (RuntimeException e) {
                    // a story the rules refuse is skipped: the demo shows what the rules allow
                    log.debug("Demo case skipped: {}", e.getMessage());
                }
            }
        }
        log.info("Replayed {} demo cases in {} ms", count, (System.nanoTime() - start) / 1_000_000);
    }

    /** One case's story: when it came in, who served it, and how it ended. */
    private void story(Random random, List<Agent> agents, BusinessCalendar calendar, Instant opened, Duration age) {
        String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        boolean english = "en".equals(subject[3]);
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        int roll = random.nextInt(100);
        Channel channel = roll < 35 ? Channel.WEB : roll < 60 ? Channel.WALK_IN : roll < 90 ? Channel.PHONE : Channel.EMAIL;
        CaseType type = subject[0].equals("product-advice") || subject[0].equals("other") ? CaseType.QUESTION
                : random.nextInt(100) < 55 ? CaseType.COMPLAINT : CaseType.REQUEST;
        Agent agent = agents.get(random.nextInt(agents.size()));
        boolean walkedIn = channel.inPerson();
        NewCase input = new NewCase(name, email, null, subject[3], channel, type, subject[0], null, subject[1],
                subject[2]);

        CustomerCase opening = ReplayableClock.at(opened, () -> walkedIn
                ? as(agent, () -> intake.open(input, agent.id()))
                : intake.open(input, null)).customerCase();
        // every later step happens during opening hours, as people work
        Instant t = calendar.plus(opened, Duration.ofMinutes(5 + random.nextInt(90)));
        CustomerCase c = opening;
        if (!walkedIn) {
            if (age.toHours() < 2 && random.nextBoolean()) {
                return;  // still new: nobody has taken it yet
            }
            CustomerCase taken = at(t, agent, () -> work.take(cId(opening), version(opening)));
            c = at(t.plusSeconds(120), agent, () -> work.reply(cId(taken),
                    english ? "Thank you, we are looking into it." : "Terima kasih, kami sedang memeriksanya.",
                    false, version(taken)));
        }
        if (age.toDays() < 2 && random.nextInt(3) > 0) {
            if (random.nextInt(10) == 0) {
                final CustomerCase open = c;
                at(t.plusSeconds(300), agent, () -> work.askForHelp(cId(open), "Pelanggan sangat kecewa", version(open)));
            }
            return;  // recent cases are still being worked on
        }
        if (random.nextInt(10) == 0) {
            final CustomerCase waiting = c;
            at(t.plusSeconds(600), agent, () -> work.reply(cId(waiting),
                    english ? "Could you send us a photo of the receipt?" : "Boleh kirimkan foto nota pembeliannya?",
                    true, version(waiting)));
            return;  // waiting on the customer
        }
        Instant resolvedAt = calendar.plus(t, Duration.ofMinutes(30 + random.nextInt(60 * 20)));
        if (resolvedAt.isAfter(clock.instant())) {
            return;
        }
        final CustomerCase toResolve = c;
        if (type == CaseType.COMPLAINT) {
            ResolutionType action = ResolutionType.values()[random.nextInt(ResolutionType.values().length)];
            long amount = 50_000L * (1 + random.nextInt(random.nextInt(10) == 0 ? 80 : 12));
            ProposalOutcome outcome;
            try {
                outcome = at(resolvedAt, agent, () -> resolutions.propose(cId(toResolve), action, amount, null,
                        version(toResolve), true));
            } catch (NoAuthority e) {
                return;
            }
            if (!outcome.carriedOut() && outcome.approverId() != null && age.toDays() > 3) {
                Agent approver = new Agent(outcome.approverId(), Role.MANAGER);
                Instant decided = calendar.plus(resolvedAt, Duration.ofMinutes(20 + random.nextInt(240)));
                if (random.nextInt(6) == 0) {
                    at(decided, approver, () -> resolutions.reject(outcome.action().getId(),
                            "Terlalu besar untuk kasus ini; tawarkan kredit belanja."));
                    return;
                }
                at(decided, approver, () -> resolutions.approve(outcome.action().getId()));
            }
        } else {
            at(resolvedAt, agent, () -> work.changeStatus(cId(toResolve), CaseStatus.RESOLVED, version(toResolve)));
        }
        Instant ratedAt = resolvedAt.plus(Duration.ofHours(2 + random.nextInt(40)));
        if (random.nextInt(100) < 60 && ratedAt.isBefore(clock.instant())) {
            int stars = new int[] {5, 5, 5, 4, 4, 4, 3, 2, 5, 4}[random.nextInt(10)];
            ReplayableClock.at(ratedAt, () -> {
                portal.rate(toResolve.getAccessToken(), stars, stars >= 4
                        ? (english ? "Quick and friendly." : "Cepat dan ramah.")
                        : (english ? "Took too long." : "Terlalu lama."));
                return null;
            });
        }
    }

    /** The front-office agents of customer service, who serve most cases. */
    private List<Agent> agents() {
        List<Agent> agents = new ArrayList<>();
        for (DirectoryEntry e : people.search(DirectoryQuery.all()).entries()) {
            if (e.positionCode().endsWith("-agent")) {
                agents.add(new Agent(e.id(), Role.AGENT));
            }
        }
        return agents;
    }

    private <T> T at(Instant moment, Agent agent, java.util.function.Supplier<T> step) {
        return ReplayableClock.at(moment, () -> as(agent, step));
    }

    private static <T> T as(Agent agent, java.util.function.Supplier<T> step) {
        return SystemUser.callAs(agent.id(), agent.role(), step);
    }

    private static long cId(CustomerCase c) {
        return c.getId();
    }

    private static int version(CustomerCase c) {
        return c.getVersion();
    }
}
