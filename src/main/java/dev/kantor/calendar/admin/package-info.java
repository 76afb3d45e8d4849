/** The calendar page: everyone reads the opening hours and holidays, admins change them. */
package dev.kantor.calendar.admin;
