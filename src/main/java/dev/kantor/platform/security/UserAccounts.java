package dev.kantor.platform.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts people sign in with. */
@Component
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public KantorUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<KantorUser> find(String username) {
        return jdbc.sql("select username, password_hash, enabled, role, employee_id from user_account where username = ?")
                .param(username)
                .query((rs, row) -> new KantorUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("employee_id", Long.class)))
                .optional();
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
    }
}
