/**
 * An employee's page, HR's forms and REST operations to hire, change, deactivate and reactivate
 * employees, and who holds which account.
 */
package dev.kantor.people.employees;
