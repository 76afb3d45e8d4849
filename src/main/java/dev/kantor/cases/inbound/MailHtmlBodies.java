package dev.kantor.cases.inbound;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.platform.html.SafeHtml;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HTML of customers' mails, for staff on the case page (bean {@code mailHtml}): kept sanitised beside the
 * customer's message it came as, and sanitised once more as it is read, so that what the page writes unescaped
 * is never more than {@link SafeHtml} allows, whatever was stored. Only customers' own messages have one; the
 * customer's view and mails show the message's text.
 */
@Service("mailHtml")
@Transactional
public class MailHtmlBodies {

    private final JdbcClient jdbc;

    MailHtmlBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the HTML of a customer's message; nothing when there is none. */
    void keep(long entryId, String html) {
        String safe = SafeHtml.of(html);
        if (safe != null) {
            jdbc.sql("insert into case_entry_html (entry_id, html) values (?, ?)")
                    .params(entryId, safe)
                    .update();
        }
    }

    /** A case's mail HTML by the customer message it came as, made safe to write into a page. */
    @Transactional(readOnly = true)
    public Map<Long, String> byEntry(long caseId) {
        Map<Long, String> bodies = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select h.entry_id, h.html from case_entry_html h join case_entry e on e.id = h.entry_id
                where e.case_id = ? and e.kind = 'CUSTOMER_MESSAGE' and e.by_customer = true order by e.id""")
                .param(caseId)
                .query((rs, row) -> {
                    String safe = SafeHtml.of(rs.getString("html"));
                    if (safe != null) {
                        bodies.put(rs.getLong("entry_id"), safe);
                    }
                    return null;
                })
                .list();
        return bodies;
    }
}
