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
import dev.kantor.cases.CaseHistory;
import dev.kantor.cases.CaseHistory.ApproverDecided;
import dev.kantor.cases.CaseHistory.HelpAsked;
import dev.kantor.cases.CaseHistory.PastContact;
import dev.kantor.cases.CaseHistory.Rated;
import dev.kantor.cases.CaseHistory.RecordedCase;
import dev.kantor.cases.CaseHistory.Replied;
import dev.kantor.cases.CaseHistory.ResolutionProposed;
import dev.kantor.cases.CaseHistory.StatusChanged;
import dev.kantor.cases.CaseHistory.Taken;
import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.People;
import dev.kantor.platform.security.SystemUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Eight weeks of customer cases for the demo company, recorded through the cases module's history
 * ({@link CaseHistory}) at the times they happened, through the same rules as today's work:
 * intake from every channel, replies, waiting on customers, resolutions within authority and
 * approvals above it, ratings. Seeded, so every demo starts alike.
 */
@Component
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final int WEEKS = 8;
    private static final String[] FIRST = {
        "Andi",
        "Bayu",
        "Citra",
        "Dimas",
        "Eka",
        "Fajar",
        "Gita",
        "Hana",
        "Indra",
        "Joko",
        "Kartika",
        "Lina",
        "Made",
        "Nadia",
        "Oki",
        "Putu",
        "Rahmat",
        "Sari",
        "Teguh",
        "Umi",
        "Vina",
        "Wahyu",
        "Yohana",
        "Zainal",
        "Ketut",
        "Ratna",
        "Hendro",
        "Mei Ling",
        "Tjoa",
        "Butet"
    };
    private static final String[] LAST = {
        "Saputra",
        "Wijayanti",
        "Nugroho",
        "Halim",
        "Siregar",
        "Kusuma",
        "Lubis",
        "Santoso",
        "Hakim",
        "Pardede",
        "Suryani",
        "Gunadi",
        "Tanoto",
        "Wibowo",
        "Rusdi",
        "Harahap"
    };
    /** Topic, subject, message, and the customer's language. */
    private static final String[][] SUBJECTS = {
        {"returns", "Mau kembalikan blender, tidak sesuai", "Blender yang saya beli kemarin tidak sesuai pesanan.", "id"
        },
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
        {"other", "Jam buka toko saat libur", "Apakah toko buka saat hari libur nasional?", "id"}
    };

    private final People people;
    private final CaseHistory history;
    private final BusinessCalendars calendars;
    private final java.time.Clock clock;

    DemoCases(People people, CaseHistory history, BusinessCalendars calendars, java.time.Clock clock) {
        this.people = people;
        this.history = history;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Records the history as Kantor itself, which loads the demo company. */
    void replay() {
        SystemUser.run(this::record);
    }

    private void record() {
        long start = System.nanoTime();
        Random random = new Random(20261127);
        List<Long> agents = agents();
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
                Instant opened = day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(8 * 60)))
                        .atZone(zone)
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
    private void story(Random random, List<Long> agents, BusinessCalendar calendar, Instant opened, Duration age) {
        String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        boolean english = "en".equals(subject[3]);
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        int roll = random.nextInt(100);
        // chats feed the web chat queue's history, and so its forecast, as the portal's written form once did
        Channel channel = roll < 20
                ? Channel.WEB
                : roll < 35 ? Channel.CHAT : roll < 60 ? Channel.WALK_IN : roll < 90 ? Channel.PHONE : Channel.EMAIL;
        CaseType type = subject[0].equals("product-advice") || subject[0].equals("other")
                ? CaseType.QUESTION
                : random.nextInt(100) < 55 ? CaseType.COMPLAINT : CaseType.REQUEST;
        long agent = agents.get(random.nextInt(agents.size()));
        boolean walkedIn = channel.inPerson();
        NewCase input =
                new NewCase(name, email, null, subject[3], channel, type, subject[0], null, subject[1], subject[2]);

        long id = history.open(new PastContact(input, opened, walkedIn ? agent : null))
                .caseId();
        // every later step happens during opening hours, as people work
        Instant t = calendar.plus(opened, Duration.ofMinutes(5 + random.nextInt(90)));
        if (!walkedIn) {
            if (age.toHours() < 2 && random.nextBoolean()) {
                return; // still new: nobody has taken it yet
            }
            history.record(id, new Taken(t, agent));
            history.record(
                    id,
                    new Replied(
                            t.plusSeconds(120),
                            agent,
                            english ? "Thank you, we are looking into it." : "Terima kasih, kami sedang memeriksanya.",
                            false));
        }
        if (age.toDays() < 2 && random.nextInt(3) > 0) {
            if (random.nextInt(10) == 0) {
                history.record(id, new HelpAsked(t.plusSeconds(300), agent, "Pelanggan sangat kecewa"));
            }
            return; // recent cases are still being worked on
        }
        if (random.nextInt(10) == 0) {
            history.record(
                    id,
                    new Replied(
                            t.plusSeconds(600),
                            agent,
                            english
                                    ? "Could you send us a photo of the receipt?"
                                    : "Boleh kirimkan foto nota pembeliannya?",
                            true));
            return; // waiting on the customer
        }
        Instant resolvedAt = calendar.plus(t, Duration.ofMinutes(30 + random.nextInt(60 * 20)));
        if (resolvedAt.isAfter(clock.instant())) {
            return;
        }
        if (type == CaseType.COMPLAINT) {
            ResolutionType action = ResolutionType.values()[random.nextInt(ResolutionType.values().length)];
            long amount = 50_000L * (1 + random.nextInt(random.nextInt(10) == 0 ? 80 : 12));
            RecordedCase proposed = history.record(id, new ResolutionProposed(resolvedAt, agent, action, amount, null));
            if (proposed.status() == CaseStatus.PENDING_APPROVAL && age.toDays() > 3) {
                Instant decided = calendar.plus(resolvedAt, Duration.ofMinutes(20 + random.nextInt(240)));
                if (random.nextInt(6) == 0) {
                    history.record(
                            id,
                            new ApproverDecided(
                                    decided, false, "Terlalu besar untuk kasus ini; tawarkan kredit belanja."));
                    return;
                }
                history.record(id, new ApproverDecided(decided, true, null));
            }
        } else {
            history.record(id, new StatusChanged(resolvedAt, agent, CaseStatus.RESOLVED));
        }
        Instant ratedAt = resolvedAt.plus(Duration.ofHours(2 + random.nextInt(40)));
        if (random.nextInt(100) < 60 && ratedAt.isBefore(clock.instant())) {
            int stars = new int[] {5, 5, 5, 4, 4, 4, 3, 2, 5, 4}[random.nextInt(10)];
            history.record(
                    id,
                    new Rated(
                            ratedAt,
                            stars,
                            stars >= 4
                                    ? (english ? "Quick and friendly." : "Cepat dan ramah.")
                                    : (english ? "Took too long." : "Terlalu lama.")));
        }
    }

    /** The front-office agents of customer service, who serve most cases. */
    private List<Long> agents() {
        List<Long> agents = new ArrayList<>();
        for (DirectoryEntry e : people.search(DirectoryQuery.all()).entries()) {
            if (e.positionCode().endsWith("-agent")) {
                agents.add(e.id());
            }
        }
        return agents;
    }
}
