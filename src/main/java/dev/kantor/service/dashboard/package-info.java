/** The back-office manager's page: target attainment, satisfaction, backlog by age, customers waiting. */
package dev.kantor.service.dashboard;
