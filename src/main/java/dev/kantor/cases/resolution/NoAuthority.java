package dev.kantor.cases.resolution;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.cases.ResolutionType;
import dev.kantor.platform.KantorException;

/** The proposer has no authority at all for this kind of action; it says who can approve instead. */
public class NoAuthority extends KantorException {

    private final Long approverId;
    private final String approverName;

    NoAuthority(ResolutionType type, Long approverId, String approverName) {
        super(Kind.FORBIDDEN, "resolution.no-authority", approverName == null ? "—" : approverName);
        this.approverId = approverId;
        this.approverName = approverName;
    }

    public Long approverId() {
        return approverId;
    }

    public String approverName() {
        return approverName;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (approverId != null) {
            details.put("approver", Map.of("id", approverId, "name", approverName));
        }
        return details;
    }
}
