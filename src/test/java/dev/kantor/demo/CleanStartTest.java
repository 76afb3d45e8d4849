package dev.kantor.demo;

import dev.kantor.people.People;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.UserAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** With demo data turned off, as for production, Kantor starts clean with one admin account. */
@SpringBootTest(properties = {"kantor.demo.enabled=false", "kantor.admin-password=first-secret"})
class CleanStartTest {

    @Autowired
    People people;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void startsWithoutDemoDataAndWithOneAdministrator() {
        assertThat(people.hasEmployees()).isFalse();
        assertThat(people.departments()).isEmpty();
        var admin = accounts.loadUserByUsername("admin");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches("first-secret", admin.getPassword())).isTrue();
        assertThat(accounts.find("hr")).isEmpty();
    }
}
