/**
 * "My schedule": what was published for the signed-in person, week by week, in their language, and
 * their private calendar feed ({@code /schedule/feed/{token}.ics}, iCalendar by ical4j) that calendar
 * programs subscribe to, with a long random token kept only as a hash, revoked or renewed on the page.
 * Nobody sees another person's schedule or feed here.
 */
package dev.kantor.scheduling.mine;
