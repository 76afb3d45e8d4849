package dev.kantor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kantor.people.Department;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.policies.Approach;
import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.Handbook;
import dev.kantor.policies.PolicyAcknowledgements;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyDraft;
import dev.kantor.policies.PolicyVersionRef;
import dev.kantor.policies.ScopeKind;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's handbook in both languages: a uniform at the counter, smart casual in the back offices and
 * safety shoes in the warehouse; rotating breaks for the front office; flextime and telework for the back office
 * (and neither at the counter, so that the work arrangements allow them as before: back office yes, front office
 * no); conduct and working time for everyone. Most people have acknowledged what applies to them; some have not,
 * the demo accounts among them. Loaded on the demo company's first start, right after it.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoPolicies implements ApplicationRunner {

    private final Handbook handbook;
    private final PolicyAcknowledgements acknowledgements;
    private final People people;
    private final DemoScheduling firstStart;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPolicies(
            Handbook handbook,
            PolicyAcknowledgements acknowledgements,
            People people,
            DemoScheduling firstStart,
            TransactionTemplate transaction,
            Clock clock) {
        this.handbook = handbook;
        this.acknowledgements = acknowledgements;
        this.people = people;
        this.firstStart = firstStart;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!firstStart.loadedNow()) {
            return;
        }
        SystemUser.run(this::load);
    }

    private void load() {
        LocalDate since = LocalDate.now(clock).minusDays(60);
        Map<String, Long> departments =
                people.departments().stream().collect(Collectors.toMap(Department::getCode, Department::getId));
        for (PolicyCategory category : List.of(
                PolicyCategory.DRESS_CODE,
                PolicyCategory.BREAKS_AND_MEALS,
                PolicyCategory.FLEXTIME,
                PolicyCategory.TELEWORK)) {
            transaction.executeWithoutResult(status -> handbook.decide(
                    category,
                    Approach.PER_ENVIRONMENT,
                    "The counter and the back offices work differently: the board allows different procedures."));
            transaction.executeWithoutResult(status -> handbook.signOff(category, 0));
        }
        long conduct = publish(
                PolicyCategory.CONDUCT,
                draft(
                        "Code of conduct",
                        "Kode etik",
                        "Treat customers and colleagues with respect. Never say \"that's not my job\": hand a customer"
                                + " warmly to someone who can help now. Keep customers' data to yourself.",
                        "Perlakukan pelanggan dan rekan kerja dengan hormat. Jangan pernah berkata \"itu bukan tugas"
                                + " saya\": serahkan pelanggan dengan ramah kepada orang yang dapat membantu saat ini."
                                + " Jaga kerahasiaan data pelanggan.",
                        ScopeKind.EVERYONE,
                        List.of(),
                        since,
                        null));
        long workingTime = publish(
                PolicyCategory.WORKING_TIME,
                draft(
                        "Working hours and overtime",
                        "Jam kerja dan lembur",
                        "A working week is 40 hours. Overtime is agreed with your manager beforehand and recorded"
                                + " the same day.",
                        "Satu minggu kerja adalah 40 jam. Lembur disepakati dengan atasan Anda terlebih dahulu dan"
                                + " dicatat pada hari yang sama.",
                        ScopeKind.EVERYONE,
                        List.of(),
                        since,
                        null));
        long uniform = publish(
                PolicyCategory.DRESS_CODE,
                draft(
                        "Uniform at the counter",
                        "Seragam di konter",
                        "Everyone who serves customers wears the company uniform and a name badge on duty.",
                        "Setiap orang yang melayani pelanggan mengenakan seragam perusahaan dan tanda nama saat"
                                + " bertugas.",
                        ScopeKind.OFFICE,
                        List.of("FRONT"),
                        since,
                        null));
        publish(
                PolicyCategory.DRESS_CODE,
                draft(
                        "Smart casual in the back offices",
                        "Rapi santai di kantor belakang",
                        "Smart casual: neat clothes of your choice; the uniform when you stand in at the counter.",
                        "Rapi santai: pakaian rapi pilihan Anda; seragam saat Anda menggantikan di konter.",
                        ScopeKind.OFFICE,
                        List.of("BACK", "HYBRID"),
                        since,
                        null));
        publish(
                PolicyCategory.DRESS_CODE,
                draft(
                        "Safety shoes in the warehouse",
                        "Sepatu keselamatan di gudang",
                        "Safety shoes and a high-visibility vest at all times in the warehouse and the loading bay.",
                        "Sepatu keselamatan dan rompi visibilitas tinggi wajib dipakai setiap saat di gudang dan area"
                                + " bongkar muat.",
                        ScopeKind.DEPARTMENTS,
                        List.of(String.valueOf(departments.get("WAREHOUSE"))),
                        since,
                        null));
        publish(
                PolicyCategory.BREAKS_AND_MEALS,
                draft(
                        "Rotating breaks and lunches at the counter",
                        "Istirahat dan makan siang bergilir di konter",
                        "Breaks and lunches follow the published schedule, in rotation, so that the counter is never"
                                + " left uncovered. Ask on the floor before you take a break early.",
                        "Istirahat dan makan siang mengikuti jadwal yang diterbitkan, secara bergilir, agar konter"
                                + " tidak pernah kosong. Tanyakan di lantai layanan sebelum beristirahat lebih awal.",
                        ScopeKind.OFFICE,
                        List.of("FRONT"),
                        since,
                        null));
        publish(
                PolicyCategory.BREAKS_AND_MEALS,
                draft(
                        "Breaks in the back offices",
                        "Istirahat di kantor belakang",
                        "Take your breaks and lunch when your work allows, within the hour between 11:30 and 13:30.",
                        "Ambil istirahat dan makan siang saat pekerjaan memungkinkan, dalam satu jam antara pukul 11.30"
                                + " dan 13.30.",
                        ScopeKind.OFFICE,
                        List.of("BACK", "HYBRID"),
                        since,
                        null));
        publish(
                PolicyCategory.FLEXTIME,
                draft(
                        "Flextime in the back offices",
                        "Jam kerja fleksibel di kantor belakang",
                        "Start between 07:00 and 10:00 and finish between 15:00 and 19:00; everyone is at work during"
                                + " the core hours, 10:00 to 15:00.",
                        "Mulai antara pukul 07.00 dan 10.00 dan selesai antara pukul 15.00 dan 19.00; semua orang hadir"
                                + " pada jam inti, pukul 10.00 sampai 15.00.",
                        ScopeKind.OFFICE,
                        List.of("BACK"),
                        since,
                        new ArrangementTerms(true, 0, LocalTime.of(10, 0), LocalTime.of(15, 0))));
        publish(
                PolicyCategory.FLEXTIME,
                draft(
                        "Fixed shifts for customer-facing staff",
                        "Shift tetap untuk staf yang melayani pelanggan",
                        "Customer-facing staff work the published shifts, so that customers always find someone.",
                        "Staf yang melayani pelanggan bekerja sesuai shift yang diterbitkan, agar pelanggan selalu"
                                + " menemukan seseorang.",
                        ScopeKind.OFFICE,
                        List.of("FRONT", "HYBRID"),
                        since,
                        ArrangementTerms.notAllowed()));
        publish(
                PolicyCategory.TELEWORK,
                draft(
                        "Telework in the back offices",
                        "Kerja jarak jauh di kantor belakang",
                        "Back-office staff may work from home up to two days a week, agreed with their manager.",
                        "Staf kantor belakang boleh bekerja dari rumah paling banyak dua hari seminggu, dengan"
                                + " persetujuan atasan.",
                        ScopeKind.OFFICE,
                        List.of("BACK"),
                        since,
                        new ArrangementTerms(true, 2, null, null)));
        publish(
                PolicyCategory.TELEWORK,
                draft(
                        "On site at the counter",
                        "Hadir di lokasi untuk layanan konter",
                        "Customer-facing work is done on site; telework is not available.",
                        "Pekerjaan yang melayani pelanggan dilakukan di lokasi; kerja jarak jauh tidak tersedia.",
                        ScopeKind.OFFICE,
                        List.of("FRONT", "HYBRID"),
                        since,
                        ArrangementTerms.notAllowed()));
        // most people have read the code of conduct, working time and the uniform; the demo accounts and a few
        // others have not, so that HR's report shows some outstanding and their home pages something to do
        List<String> outstanding = List.of(
                "agus.pratama@sinarmaju.example", "siti.rahmawati@sinarmaju.example", "dewi.lestari@sinarmaju.example");
        List<Employee> everyone = people.activeEmployees();
        for (int i = 0; i < everyone.size(); i++) {
            Employee e = everyone.get(i);
            if (outstanding.contains(e.getEmail()) || i % 5 == 0) {
                continue;
            }
            for (long version : List.of(conduct, workingTime, uniform)) {
                try {
                    acknowledgements.acknowledge(e.getId(), version);
                } catch (RuntimeException notAsked) {
                    // the uniform is asked of the front office only
                }
            }
        }
    }

    private long publish(PolicyCategory category, PolicyDraft draft) {
        PolicyVersionRef written = transaction.execute(status -> handbook.newPolicy(category, draft));
        // a manager signs off each version for an environment before HR publishes it, as the handbook requires
        PolicyVersionRef ready = draft.scopeKind().isPerEnvironment()
                ? transaction.execute(status -> handbook.signOffVersion(written.versionId(), written.version()))
                : written;
        transaction.execute(status -> handbook.publish(ready.versionId(), ready.version()));
        return written.versionId();
    }

    private static PolicyDraft draft(
            String titleEn,
            String titleId,
            String bodyEn,
            String bodyId,
            ScopeKind kind,
            List<String> targets,
            LocalDate from,
            ArrangementTerms terms) {
        return new PolicyDraft(titleEn, titleId, bodyEn, bodyId, kind, targets, from, terms);
    }
}
