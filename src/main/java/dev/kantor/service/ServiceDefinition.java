package dev.kantor.service;

import java.util.List;

/**
 * A service a department offers its colleagues, as its manager writes it.
 *
 * @param code          a short stable name, such as {@code refund-payout}
 * @param targetMinutes the internal target in business minutes (opening hours of the business calendar)
 * @param handledBy     the team or queue in the department that handles it, shown to requesters; may be blank
 * @param triggeredBy   the resolution type ({@code REFUND}, {@code REPLACEMENT}) whose carrying out on a customer
 *                      case files a request for this service by itself; null for none
 */
public record ServiceDefinition(
        long departmentId,
        String code,
        String nameEn,
        String nameId,
        String descriptionEn,
        String descriptionId,
        int targetMinutes,
        String handledBy,
        boolean needsApproval,
        String triggeredBy,
        List<FieldDefinition> fields) {

    public ServiceDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
