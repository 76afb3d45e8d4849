package dev.kantor.cases.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone the business serves; no account, reached by e-mail or phone, in their language. */
@Table("customer")
public record Customer(
        @Id Long id,
        String fullName,
        String email,
        String phone,
        String language,
        Instant createdAt,
        @Version Integer version) {

    /** A customer row as plain SQL reads it, where the repository's mapping would cost too much. */
    public static Customer of(ResultSet rs) throws SQLException {
        return new Customer(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}
