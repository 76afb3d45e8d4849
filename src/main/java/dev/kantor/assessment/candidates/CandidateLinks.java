package dev.kantor.assessment.candidates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.assessment.AssessmentCompleted;
import dev.kantor.assessment.instrument.Answers;
import dev.kantor.assessment.taking.Responses;
import dev.kantor.assessment.taking.StoredResponse;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private links for job candidates, who have no account: a token of 32 random bytes is given once,
 * only its SHA-256 hash is kept, and it opens the questionnaire until it expires
 * ({@code kantor.assessment.candidate-link-valid-for}, 14 days) and for one set of answers only:
 * answering claims the link in one conditional update, so that two submissions at once store one.
 */
@Service
@Transactional
public class CandidateLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int TOKEN_BYTES = 32;
    private static final String COLUMNS = "id, full_name, email, expires_at, used_at, shared, created_at";

    /** Why a link does not open the questionnaire. */
    public enum Closed {
        UNKNOWN,
        EXPIRED,
        USED
    }

    private final JdbcClient jdbc;
    private final Responses responses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;

    CandidateLinks(
            JdbcClient jdbc,
            Responses responses,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${kantor.assessment.candidate-link-valid-for:P14D}") Duration validFor) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** A new candidate and their link's token, given this once. */
    public record Invitation(Candidate candidate, String token) {}

    /** Invites a candidate; refuses a missing name or a malformed address, naming the field. */
    public Invitation invite(String fullName, String email) {
        new InputCheck()
                .required("fullName", fullName, 200)
                .maxLength("email", email, 254)
                .email("email", email)
                .throwIfAny();
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment_candidate (full_name, email, token_hash, expires_at, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(
                        fullName.strip(),
                        email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT),
                        hash(token),
                        Timestamp.from(now.plus(validFor)),
                        CurrentUser.username(),
                        Timestamp.from(now))
                .update(key, "id");
        return new Invitation(byId(key.getKeyAs(Number.class).longValue()).orElseThrow(), token);
    }

    @Transactional(readOnly = true)
    public Optional<Candidate> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment_candidate where id = ?")
                .param(id)
                .query(CandidateLinks::row)
                .optional();
    }

    /** Every candidate, newest first. */
    @Transactional(readOnly = true)
    public List<Candidate> all() {
        return jdbc.sql("select " + COLUMNS + " from assessment_candidate order by created_at desc, id desc")
                .query(CandidateLinks::row)
                .list();
    }

    /** The candidates who let HR see their result, with it. */
    @Transactional(readOnly = true)
    public Map<Candidate, StoredResponse> shared() {
        Map<Candidate, StoredResponse> shared = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from assessment_candidate where shared = true and used_at is not null "
                        + "order by used_at desc")
                .query(CandidateLinks::row)
                .list()
                .forEach(c -> responses.ofCandidate(c.id()).ifPresent(r -> shared.put(c, r)));
        return shared;
    }

    /** The candidate a token opens the questionnaire for, or why it does not. */
    @Transactional(readOnly = true)
    public Candidate opened(String token) {
        Candidate candidate = byToken(token).orElseThrow(() -> closed(Closed.UNKNOWN));
        if (candidate.usedAt() != null) {
            throw closed(Closed.USED);
        }
        if (!clock.instant().isBefore(candidate.expiresAt())) {
            throw closed(Closed.EXPIRED);
        }
        return candidate;
    }

    /**
     * The candidate's answers, stored once: the link is claimed first, so a second submission (or
     * one after the link expired) is refused and stores nothing.
     *
     * @param shared whether the candidate lets HR see the result
     */
    public StoredResponse answer(String token, Map<Integer, Integer> given, boolean shared, Locale language) {
        Candidate candidate = opened(token);
        Answers answers = Answers.of(given);
        Instant now = clock.instant();
        int claimed = jdbc.sql("update assessment_candidate set used_at = ?, shared = ? "
                        + "where id = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), shared, candidate.id(), Timestamp.from(now))
                .update();
        if (claimed == 0) {
            throw closed(Closed.USED);
        }
        long id = responses.store(null, candidate.id(), answers, language.getLanguage(), now);
        events.publishEvent(new AssessmentCompleted(id, null, candidate.id()));
        return responses.byId(id).orElseThrow();
    }

    private Optional<Candidate> byToken(String token) {
        if (token == null || token.length() < 40 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from assessment_candidate where token_hash = ?")
                .param(hash(token))
                .query(CandidateLinks::row)
                .optional();
    }

    static KantorException closed(Closed why) {
        return why == Closed.UNKNOWN
                ? KantorException.notFound("assessment.candidate.link." + "unknown")
                : KantorException.conflict(
                        "assessment.candidate.link." + why.name().toLowerCase(Locale.ROOT));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Candidate row(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new Candidate(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getTimestamp("expires_at").toInstant(),
                used == null ? null : used.toInstant(),
                rs.getBoolean("shared"),
                rs.getTimestamp("created_at").toInstant());
    }
}
