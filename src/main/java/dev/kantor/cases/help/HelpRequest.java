package dev.kantor.cases.help;

import java.time.Instant;

import dev.kantor.platform.KantorException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The owner of a case asking their manager to step in, open until the manager steps in: they say
 * help was given ({@link #GIVEN}) or they work the case ({@link #ACTED_ON}).
 */
@Table("help_request")
public class HelpRequest {

    /** The manager said help was given. */
    public static final String GIVEN = "HELP_GIVEN";

    /** The manager worked the case: replied, changed its status or owner, decided its approval. */
    public static final String ACTED_ON = "ACTED_ON";

    @Id
    private Long id;

    private Long caseId;
    private Long requestedBy;
    private Long managerId;
    private String reason;
    private Instant requestedAt;
    private Instant resolvedAt;
    private Long resolvedBy;
    private String resolution;

    @Version
    private Integer version;

    HelpRequest() {}

    /** @param managerId whom the owner asks: their manager; null when nobody is above them */
    static HelpRequest ask(long caseId, long by, Long managerId, String reason, Instant now) {
        HelpRequest request = new HelpRequest();
        request.caseId = caseId;
        request.requestedBy = by;
        request.managerId = managerId;
        request.reason = reason == null || reason.isBlank() ? null : reason.strip();
        request.requestedAt = now;
        return request;
    }

    /** A manager steps in; refused when the request is closed already. */
    void resolve(long by, String how, Instant now) {
        if (!open()) {
            throw KantorException.conflict("help.already-given");
        }
        resolvedBy = by;
        resolution = how;
        resolvedAt = now;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Long getManagerId() {
        return managerId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }

    public Integer getVersion() {
        return version;
    }
}
