package dev.kantor.cases;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone the business serves; no account, reached by e-mail or phone, in their language. */
@Table("customer")
public record Customer(@Id Long id, String fullName, String email, String phone, String language, Instant createdAt,
        @Version Integer version) {
}
