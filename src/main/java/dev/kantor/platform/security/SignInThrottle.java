package dev.kantor.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.platform.allowance.StoredAllowances;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many wrong passwords an account and a client address may try. Each has an allowance of
 * failed sign-ins that refills slowly: five for an account, then one more every 30 seconds, so
 * that a guesser gets a handful of tries a minute while the real person, after a few typos,
 * waits half a minute at most. An address gets a larger allowance (an office signs in from one
 * address) and stops a guesser who tries a few passwords on each of many accounts. A successful
 * sign-in forgives the account, never the address.
 * <p>
 * The allowances live in the database ({@link StoredAllowances}), so that every node counts
 * against the same ones. A password that needs checking (bcrypt: the expensive part) first takes
 * one try from both allowances and gives it back if right, so that many guesses sent at once
 * never get more tries than the allowance; a password known to be right (matched in the last
 * minute) only reads whether the allowances are spent, and on each node at most once a second
 * for an account and address, so that an API client calling all day costs almost nothing; a
 * throttle another node started is seen within that second, one this node started at once.
 */
@Component
class SignInThrottle {

    static final String TABLE = "sign_in_allowance";
    /** Room for any username and the longest IPv6 address within the key's column. */
    private static final int MAX_NAME = 100;

    private static final Duration RECHECK_CLEAR = Duration.ofSeconds(1);
    private static final int MAX_REMEMBERED_CLEAR = 10_000;
    /** A guesser who keeps going gets one audit entry per account or address in this time, not one per try. */
    private static final Duration AUDIT_AGAIN_AFTER = Duration.ofMinutes(15);

    private final StoredAllowances allowances;
    private final AuditTrail audit;
    private final Clock clock;
    private final UserAccounts accounts;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;
    private final Duration longestRefill;
    /** Account and address pairs found not throttled, until when (System.nanoTime). */
    private final Map<String, Long> clearUntil = new ConcurrentHashMap<>();

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            UserAccounts accounts,
            @Value("${kantor.sign-in.failures-per-account:5}") int failuresPerAccount,
            @Value("${kantor.sign-in.account-refill:PT30S}") Duration accountRefill,
            @Value("${kantor.sign-in.failures-per-address:30}") int failuresPerAddress,
            @Value("${kantor.sign-in.address-refill:PT10S}") Duration addressRefill) {
        this.allowances = new StoredAllowances(jdbc, clock, TABLE);
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
        this.perAccount = configuration(failuresPerAccount, accountRefill);
        this.perAddress = configuration(failuresPerAddress, addressRefill);
        Duration accountFull = accountRefill.multipliedBy(failuresPerAccount);
        Duration addressFull = addressRefill.multipliedBy(failuresPerAddress);
        this.longestRefill = accountFull.compareTo(addressFull) > 0 ? accountFull : addressFull;
    }

    private static BucketConfiguration configuration(int failures, Duration refill) {
        if (failures < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("A sign-in allowance needs a number of failures and a refill time");
        }
        // greedy refill: one more try every refill period, not all of them at once
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(1, refill)
                        .build())
                .build();
    }

    /**
     * Starts a sign-in before its password is checked.
     *
     * @param knownPassword the password matched this account's within the last minute
     * @throws SignInThrottled when the account or the address has no tries left for now
     */
    Attempt begin(String username, String address, boolean knownPassword) {
        String account = key("account:", username);
        String from = key("address:", address);
        if (knownPassword) {
            String pair = account + '\n' + from;
            Long until = clearUntil.get(pair);
            long now = System.nanoTime();
            if (until == null || now - until > 0) {
                allowances.waitFor(List.of(account, from), 1).ifPresent(wait -> {
                    throw new SignInThrottled(wait);
                });
                if (clearUntil.size() >= MAX_REMEMBERED_CLEAR) {
                    clearUntil.clear();
                }
                clearUntil.put(pair, now + RECHECK_CLEAR.toNanos());
            }
            return new Attempt(username, address, false, false, false);
        }
        ConsumptionProbe accountTry = bucket(account, perAccount).tryConsumeAndReturnRemaining(1);
        if (!accountTry.isConsumed()) {
            throw new SignInThrottled(Duration.ofNanos(accountTry.getNanosToWaitForRefill()));
        }
        ConsumptionProbe addressTry = bucket(from, perAddress).tryConsumeAndReturnRemaining(1);
        if (!addressTry.isConsumed()) {
            bucket(account, perAccount).addTokens(1);
            throw new SignInThrottled(Duration.ofNanos(addressTry.getNanosToWaitForRefill()));
        }
        return new Attempt(
                username, address, true, accountTry.getRemainingTokens() == 0, addressTry.getRemainingTokens() == 0);
    }

    /**
     * Forgets allowances untouched for longer than the slowest takes to fill up: a forgotten
     * allowance is full, as a new one would be. Every node may run it; deleting twice changes nothing.
     */
    @Scheduled(fixedDelayString = "${kantor.sign-in.allowance-clean-up:PT10M}")
    int forgetQuietAllowances() {
        return allowances.forgetIdle(longestRefill);
    }

    private BucketProxy bucket(String key, BucketConfiguration configuration) {
        return allowances.builder().build(key, () -> configuration);
    }

    private static String key(String kind, String name) {
        String value = name == null ? "" : name;
        return kind + (value.length() > MAX_NAME ? value.substring(0, MAX_NAME) : value);
    }

    /** A sign-in under way: tell it how the password check went. */
    final class Attempt {

        private final String username;
        private final String address;
        private final boolean reserved;
        private final boolean lastAccountTry;
        private final boolean lastAddressTry;

        private Attempt(
                String username, String address, boolean reserved, boolean lastAccountTry, boolean lastAddressTry) {
            this.username = username;
            this.address = address;
            this.reserved = reserved;
            this.lastAccountTry = lastAccountTry;
            this.lastAddressTry = lastAddressTry;
        }

        /** The password was right: the account starts afresh; the address gets back its try, no more. */
        void succeeded() {
            if (reserved) {
                allowances.removeProxy(key("account:", username));
                bucket(key("address:", address), perAddress).addTokens(1);
            }
        }

        /** The sign-in was refused (wrong password, disabled account): the try counts. */
        void failed() {
            // someone is guessing: this node asks the database again before letting anyone in
            clearUntil.clear();
            boolean accountSpent = lastAccountTry;
            boolean addressSpent = lastAddressTry;
            if (!reserved) {
                accountSpent = spend(bucket(key("account:", username), perAccount));
                addressSpent = spend(bucket(key("address:", address), perAddress));
            }
            if (accountSpent) {
                noteThrottled("account", accountId(), username, perAccount);
            }
            if (addressSpent) {
                noteThrottled("client-address", 0, address, perAddress);
            }
        }

        /** The check could not be made (the database failed): the try does not count. */
        void abandoned() {
            if (reserved) {
                bucket(key("account:", username), perAccount).addTokens(1);
                bucket(key("address:", address), perAddress).addTokens(1);
            }
        }

        private boolean spend(BucketProxy bucket) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() && probe.getRemainingTokens() == 0;
        }

        private long accountId() {
            return accounts.account(username).map(Account::id).orElse(0L);
        }

        private void noteThrottled(String type, long id, String name, BucketConfiguration configuration) {
            String shown = name == null ? "" : name;
            if (audit.happenedSince(
                    type, shown, AuditAction.SIGN_IN_THROTTLED, clock.instant().minus(AUDIT_AGAIN_AFTER))) {
                return;
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("failedSignIns", String.valueOf(configuration.getBandwidths()[0].getCapacity()));
            if (type.equals("account")) {
                facts.put("address", address);
            }
            audit.notedFor(address, type, id, shown, AuditAction.SIGN_IN_THROTTLED, facts);
        }
    }
}
