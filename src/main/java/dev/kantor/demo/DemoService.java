package dev.kantor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.UserAccounts;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;
import dev.kantor.service.PastRequest;
import dev.kantor.service.ServiceDefinition;
import dev.kantor.service.ServiceHistory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's internal service: the catalogues of Accounting (refund payout, invoice copy, payment check),
 * IT (system access, equipment), the Warehouse (stock check, replacement dispatch) and HR (payroll question,
 * certificate of employment), four weeks of requests from the front office with targets met and missed and
 * colleagues' ratings, and the account {@code backoffice} for Accounting's manager. Loaded once, right after the
 * demo company, through the service module's API.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoService implements ApplicationRunner {

    /** The weeks of history. */
    static final int WEEKS = 4;

    private final ServiceHistory service;
    private final People people;
    private final UserAccounts accounts;
    private final BusinessCalendars calendars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int bulk;

    DemoService(
            ServiceHistory service,
            People people,
            UserAccounts accounts,
            BusinessCalendars calendars,
            TransactionTemplate transaction,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${kantor.demo.service-bulk:0}") int bulk) {
        this.bulk = bulk;
        this.service = service;
        this.people = people;
        this.accounts = accounts;
        this.calendars = calendars;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!people.hasEmployees()) {
            return;
        }
        SystemUser.run(() -> transaction.executeWithoutResult(status -> {
            if (!service.hasServices()) {
                load();
            }
        }));
    }

    private void load() {
        Map<String, Long> departments = new HashMap<>();
        people.departments().forEach(d -> departments.put(d.getCode(), d.getId()));
        for (ServiceDefinition d : catalogue(departments)) {
            service.define(d);
        }
        people.employeeByEmail("lanny.halim@sinarmaju.example")
                .filter(e -> accounts.find("backoffice").isEmpty())
                .ifPresent(lanny -> accounts.create("backoffice", DemoCompany.PASSWORD, Role.MANAGER, lanny.getId()));
        history(departments);
        if (bulk > 0) {
            bulk(departments);
        }
    }

    /**
     * {@code kantor.demo.service-bulk} more requests to Accounting over the past year, a tenth still open: the
     * load bench/service-queue.sh measures the queue under.
     */
    private void bulk(Map<String, Long> departments) {
        Random random = new Random(50_000);
        List<Employee> front = inDepartment(departments.get("CS"));
        List<Employee> accounting = inDepartment(departments.get("ACCOUNTING"));
        List<String> codes = List.of("refund-payout", "invoice-copy", "payment-check");
        Instant now = clock.instant();
        List<PastRequest> load = new ArrayList<>();
        for (int i = 0; i < bulk; i++) {
            Instant filed = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            boolean open = random.nextInt(10) == 0;
            load.add(new PastRequest(
                    codes.get(random.nextInt(codes.size())),
                    front.get(random.nextInt(front.size())).getId(),
                    random.nextBoolean()
                            ? accounting.get(random.nextInt(accounting.size())).getId()
                            : null,
                    Map.of(),
                    filed,
                    open ? null : filed.plus(Duration.ofMinutes(30 + random.nextInt(2000))),
                    open || random.nextBoolean() ? null : 1 + random.nextInt(5),
                    null));
        }
        service.recordMany(load);
        org.slf4j.LoggerFactory.getLogger(DemoService.class).info("Loaded {} bulk internal requests", bulk);
    }

    static List<ServiceDefinition> catalogue(Map<String, Long> departments) {
        long accounting = departments.get("ACCOUNTING");
        long it = departments.get("IT");
        long warehouse = departments.get("WAREHOUSE");
        long hr = departments.get("HR");
        return List.of(
                new ServiceDefinition(
                        accounting,
                        "refund-payout",
                        "Refund payout",
                        "Pembayaran pengembalian dana",
                        "Pays a refund agreed on a customer case out to the customer's account or card.",
                        "Membayarkan pengembalian dana yang disepakati pada kasus pelanggan ke rekening atau kartu pelanggan.",
                        480,
                        "Payables",
                        false,
                        "REFUND",
                        List.of(
                                field("amount", "Amount", "Jumlah", FieldKind.RUPIAH, true),
                                field("case-reference", "Case reference", "Nomor kasus", FieldKind.TEXT, false),
                                field(
                                        "paid-to",
                                        "Pay to",
                                        "Dibayarkan ke",
                                        FieldKind.CHOICE,
                                        false,
                                        "Bank transfer",
                                        "Card",
                                        "Cash at the counter"),
                                field("receipt", "Receipt", "Struk", FieldKind.ATTACHMENT, false))),
                new ServiceDefinition(
                        accounting,
                        "invoice-copy",
                        "Invoice copy",
                        "Salinan faktur",
                        "A copy of an invoice for a customer, as PDF or on paper.",
                        "Salinan faktur untuk pelanggan, dalam PDF atau kertas.",
                        240,
                        "Billing",
                        false,
                        null,
                        List.of(
                                field("invoice-number", "Invoice number", "Nomor faktur", FieldKind.TEXT, true),
                                field("format", "Format", "Format", FieldKind.CHOICE, true, "PDF", "Paper"))),
                new ServiceDefinition(
                        accounting,
                        "payment-check",
                        "Payment check",
                        "Pengecekan pembayaran",
                        "Checks whether a customer's payment has arrived.",
                        "Memeriksa apakah pembayaran pelanggan sudah masuk.",
                        240,
                        "Receivables",
                        false,
                        null,
                        List.of(
                                field("reference", "Payment reference", "Referensi pembayaran", FieldKind.TEXT, true),
                                field("amount", "Amount", "Jumlah", FieldKind.RUPIAH, true),
                                field("paid-on", "Paid on", "Dibayar pada", FieldKind.DATE, false))),
                new ServiceDefinition(
                        it,
                        "system-access",
                        "System access",
                        "Akses sistem",
                        "Access to a system for a colleague; the IT manager approves first.",
                        "Akses ke sebuah sistem untuk rekan kerja; manajer TI menyetujui terlebih dahulu.",
                        480,
                        "Service desk",
                        true,
                        null,
                        List.of(
                                field(
                                        "system",
                                        "System",
                                        "Sistem",
                                        FieldKind.CHOICE,
                                        true,
                                        "Kantor",
                                        "E-mail",
                                        "ERP",
                                        "Shared drive"),
                                field("reason", "Why", "Alasan", FieldKind.TEXT, true))),
                new ServiceDefinition(
                        it,
                        "equipment",
                        "Equipment",
                        "Perlengkapan",
                        "A laptop, headset, monitor or keyboard for work.",
                        "Laptop, headset, monitor, atau keyboard untuk bekerja.",
                        1440,
                        "Service desk",
                        true,
                        null,
                        List.of(
                                field(
                                        "item",
                                        "Item",
                                        "Barang",
                                        FieldKind.CHOICE,
                                        true,
                                        "Laptop",
                                        "Headset",
                                        "Monitor",
                                        "Keyboard and mouse"),
                                field("needed-by", "Needed by", "Dibutuhkan pada", FieldKind.DATE, false),
                                field("reason", "Why", "Alasan", FieldKind.TEXT, true))),
                new ServiceDefinition(
                        warehouse,
                        "stock-check",
                        "Stock check",
                        "Cek stok",
                        "Whether a product is in stock, and how many, for a customer waiting at the counter.",
                        "Apakah sebuah produk tersedia, dan berapa, untuk pelanggan yang menunggu di loket.",
                        60,
                        "Stock control",
                        false,
                        null,
                        List.of(
                                field("product", "Product", "Produk", FieldKind.TEXT, true),
                                field("quantity", "Quantity", "Jumlah barang", FieldKind.NUMBER, true))),
                new ServiceDefinition(
                        warehouse,
                        "replacement-dispatch",
                        "Replacement dispatch",
                        "Pengiriman barang pengganti",
                        "Sends a replacement agreed on a customer case.",
                        "Mengirim barang pengganti yang disepakati pada kasus pelanggan.",
                        960,
                        "Dispatch",
                        false,
                        "REPLACEMENT",
                        List.of(
                                field("value", "Value", "Nilai", FieldKind.RUPIAH, true),
                                field("case-reference", "Case reference", "Nomor kasus", FieldKind.TEXT, false),
                                field("product", "Product", "Produk", FieldKind.TEXT, false))),
                new ServiceDefinition(
                        hr,
                        "payroll-question",
                        "Payroll question",
                        "Pertanyaan penggajian",
                        "A question about a payslip, overtime or deductions.",
                        "Pertanyaan tentang slip gaji, lembur, atau potongan.",
                        960,
                        "Payroll",
                        false,
                        null,
                        List.of(
                                field("month", "Month of the payslip", "Bulan slip gaji", FieldKind.DATE, true),
                                field("question", "Question", "Pertanyaan", FieldKind.TEXT, true))),
                new ServiceDefinition(
                        hr,
                        "employment-certificate",
                        "Certificate of employment",
                        "Surat keterangan kerja",
                        "A signed certificate of employment, for a bank or a visa.",
                        "Surat keterangan kerja bertanda tangan, untuk bank atau visa.",
                        1440,
                        "HR services",
                        false,
                        null,
                        List.of(
                                field(
                                        "purpose",
                                        "Purpose",
                                        "Keperluan",
                                        FieldKind.CHOICE,
                                        true,
                                        "Bank loan",
                                        "Visa",
                                        "Other"),
                                field(
                                        "language",
                                        "Language",
                                        "Bahasa",
                                        FieldKind.CHOICE,
                                        true,
                                        "English",
                                        "Indonesian"))));
    }

    /** Four weeks of requests from the front office, most resolved in time, some late, most rated. */
    private void history(Map<String, Long> departments) {
        Random random = new Random(15);
        List<Employee> front = inDepartment(departments.get("CS"));
        if (front.isEmpty()) {
            return;
        }
        Map<String, List<Employee>> handlers = new HashMap<>();
        for (String code : List.of("ACCOUNTING", "IT", "WAREHOUSE", "HR")) {
            handlers.put(code, inDepartment(departments.get(code)));
        }
        record Kind(String code, String department, int targetMinutes, Map<String, String> values) {}
        List<Kind> kinds = List.of(
                new Kind("refund-payout", "ACCOUNTING", 480, Map.of("amount", "350000", "paid-to", "Bank transfer")),
                new Kind("invoice-copy", "ACCOUNTING", 240, Map.of("invoice-number", "INV-2026-0412", "format", "PDF")),
                new Kind("payment-check", "ACCOUNTING", 240, Map.of("reference", "TRF 88120", "amount", "1250000")),
                new Kind("stock-check", "WAREHOUSE", 60, Map.of("product", "Rice cooker RC-18", "quantity", "2")),
                new Kind(
                        "payroll-question",
                        "HR",
                        960,
                        Map.of("month", "2026-10-01", "question", "Overtime on the 12th is missing.")),
                new Kind(
                        "employment-certificate",
                        "HR",
                        1440,
                        Map.of("purpose", "Bank loan", "language", "Indonesian")));
        ZonedDateTime now = clock.instant().atZone(calendars.zone());
        LocalDate first = now.toLocalDate().minusWeeks(WEEKS);
        for (LocalDate day = first; day.isBefore(now.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || calendars.current().hoursOn(day).isEmpty()) {
                continue;
            }
            int count = 3 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Kind kind = kinds.get(random.nextInt(kinds.size()));
                List<Employee> team = handlers.get(kind.department());
                Employee requester = front.get(random.nextInt(front.size()));
                Employee handler = team.isEmpty() ? null : team.get(random.nextInt(team.size()));
                Instant filed = day.atTime(9 + random.nextInt(7), random.nextInt(60))
                        .atZone(calendars.zone())
                        .toInstant();
                // three in four in time, the rest up to twice the target
                double share = random.nextInt(4) < 3 ? 0.2 + 0.7 * random.nextDouble() : 1.1 + random.nextDouble();
                Instant resolved =
                        calendars.current().plus(filed, Duration.ofMinutes(Math.round(kind.targetMinutes() * share)));
                boolean done = resolved.isBefore(clock.instant().minus(Duration.ofHours(2)));
                Integer rating = done && random.nextInt(10) < 7 ? rating(random, share) : null;
                service.record(new PastRequest(
                        kind.code(),
                        requester.getId(),
                        handler == null ? null : handler.getId(),
                        kind.values(),
                        filed,
                        done ? resolved : null,
                        rating,
                        rating == null ? null : rating >= 4 ? "Quick and clear, thank you." : "Took a while."));
            }
        }
    }

    private static int rating(Random random, double share) {
        int base = share <= 1 ? 4 : 3;
        return Math.min(5, Math.max(1, base + random.nextInt(2) - (share > 1.5 ? 1 : 0)));
    }

    private List<Employee> inDepartment(Long departmentId) {
        if (departmentId == null) {
            return List.of();
        }
        Map<Long, Long> departmentOfPosition = new HashMap<>();
        people.positions().forEach(p -> departmentOfPosition.put(p.getId(), p.getDepartmentId()));
        List<Employee> found = new ArrayList<>();
        for (Employee e : people.activeEmployees()) {
            if (departmentId.equals(departmentOfPosition.get(e.getPositionId()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static FieldDefinition field(
            String name, String en, String id, FieldKind kind, boolean required, String... choices) {
        return new FieldDefinition(name, en, id, kind, required, List.of(choices));
    }
}
