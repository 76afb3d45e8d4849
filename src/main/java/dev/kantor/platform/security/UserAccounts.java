package dev.kantor.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts people sign in with. API clients send their credentials with every request, so
 * an account read from the database is remembered for {@link #REMEMBER} (a disabled account or a
 * new role takes at most that long to count on every node); each caller gets a fresh copy,
 * since Spring Security erases the password of the one it authenticated.
 */
@Component
public class UserAccounts implements UserDetailsService {

    static final Duration REMEMBER = Duration.ofSeconds(10);
    private static final int MAX_REMEMBERED = 10_000;

    private record Row(String username, String passwordHash, boolean enabled, Role role, Long employeeId, long readAt) {

        KantorUser user() {
            return new KantorUser(username, passwordHash, enabled, role, employeeId);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Map<String, Row> recent = new ConcurrentHashMap<>();

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public KantorUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<KantorUser> find(String username) {
        long now = System.currentTimeMillis();
        Row known = recent.get(username);
        if (known != null && now - known.readAt() < REMEMBER.toMillis()) {
            return Optional.of(known.user());
        }
        Optional<Row> row = jdbc.sql(
                        "select username, password_hash, enabled, role, employee_id from user_account where username = ?")
                .param(username)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("employee_id", Long.class), now))
                .optional();
        if (row.isPresent()) {
            if (recent.size() >= MAX_REMEMBERED) {
                recent.clear();
            }
            recent.put(username, row.get());
        } else {
            recent.remove(username);
        }
        return row.map(Row::user);
    }

    public boolean any() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single() > 0;
    }

    /** Creates an account with a hashed password. */
    @Transactional
    public void create(String username, String rawPassword, Role role, Long employeeId) {
        jdbc.sql("insert into user_account (username, password_hash, role, employee_id, enabled) values (?, ?, ?, ?, true)")
                .params(username, passwords.encode(rawPassword), role.name(), employeeId)
                .update();
        recent.remove(username);
    }
}
