package dev.kantor.platform.audit;

import java.util.Map;

/** Opens the package-private difference of snapshots to tests elsewhere. */
public final class AuditTestAccess {

    private AuditTestAccess() {}

    public static String between(Map<String, String> before, Map<String, String> after) {
        return Changes.between(before, after);
    }
}
