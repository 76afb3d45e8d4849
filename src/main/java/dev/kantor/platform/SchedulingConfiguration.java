package dev.kantor.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs, such as sending the e-mail outbox; each job claims its work so it runs once across nodes. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
