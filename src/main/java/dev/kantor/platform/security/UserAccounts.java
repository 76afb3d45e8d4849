package dev.kantor.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * an account read from the database is remembered for {@link #REMEMBER}; a change made on this
 * node counts at once, since the node forgets what it remembered of that account, and on the other
 * nodes within that time. Each caller gets a fresh copy, since Spring Security erases the
 * password of the one it authenticated.
 */
@Component
public class UserAccounts implements UserDetailsService {

    static final Duration REMEMBER = Duration.ofSeconds(10);
    private static final int MAX_REMEMBERED = 10_000;

    private record Row(
            String username,
            String passwordHash,
            boolean enabled,
            Role role,
            Long employeeId,
            boolean mustChangePassword,
            long readAt) {

        KantorUser user() {
            return new KantorUser(username, passwordHash, enabled, role, employeeId, mustChangePassword);
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
                        """
                        select username, password_hash, enabled, role, employee_id, must_change_password
                        from user_account where username = ?""")
                .param(username)
                .query((rs, n) -> new Row(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("employee_id", Long.class),
                        rs.getBoolean("must_change_password"),
                        now))
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

    /** The employees whose enabled accounts have this role: whom a notice for, say, all admins goes to. */
    public List<Long> employeesWithRole(Role role) {
        return jdbc.sql(
                        "select distinct employee_id from user_account where role = ? and enabled and employee_id is not null")
                .param(role.name())
                .query(Long.class)
                .list();
    }

    public boolean any() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single() > 0;
    }

    /** Creates an account with a hashed password. */
    @Transactional
    public void create(String username, String rawPassword, Role role, Long employeeId) {
        jdbc.sql(
                        "insert into user_account (username, password_hash, role, employee_id, enabled) values (?, ?, ?, ?, true)")
                .params(username, passwords.encode(rawPassword), role.name(), employeeId)
                .update();
        recent.remove(username);
    }

    /** Every account, by username. */
    List<Account> all() {
        return jdbc.sql("select * from user_account order by username")
                .query((rs, n) -> account(rs))
                .list();
    }

    Optional<Account> account(String username) {
        return jdbc.sql("select * from user_account where username = ?")
                .param(username)
                .query((rs, n) -> account(rs))
                .optional();
    }

    /** The accounts that belong to an employee (usually one). */
    List<Account> ofEmployee(long employeeId) {
        return jdbc.sql("select * from user_account where employee_id = ? order by username")
                .param(employeeId)
                .query((rs, n) -> account(rs))
                .list();
    }

    void enable(String username, boolean enabled, boolean withEmployee) {
        jdbc.sql("update user_account set enabled = ?, disabled_with_employee = ? where username = ?")
                .params(enabled, !enabled && withEmployee, username)
                .update();
        recent.remove(username);
    }

    void setPassword(String username, String rawPassword, boolean mustChange) {
        jdbc.sql("update user_account set password_hash = ?, must_change_password = ? where username = ?")
                .params(passwords.encode(rawPassword), mustChange, username)
                .update();
        recent.remove(username);
    }

    /** Whether this is the account's password, as stored now. */
    boolean isPassword(String username, String rawPassword) {
        String hash = jdbc.sql("select password_hash from user_account where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(null);
        return hash != null && rawPassword != null && passwords.matches(rawPassword, hash);
    }

    void signedIn(String username, Instant at) {
        jdbc.sql("update user_account set last_sign_in_at = ? where username = ?")
                .params(Timestamp.from(at), username)
                .update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("employee_id", Long.class),
                rs.getBoolean("enabled"),
                rs.getBoolean("disabled_with_employee"),
                rs.getBoolean("must_change_password"),
                lastSignIn == null ? null : lastSignIn.toInstant());
    }
}
