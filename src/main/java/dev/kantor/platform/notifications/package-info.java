/**
 * Notifications: what waits on an employee (approvals, help requests, handoff offers, customers'
 * replies, cases given to them), one row per fact and recipient, written by the modules' listeners
 * to their own events through {@link dev.kantor.platform.notifications.Notifications}, counted in
 * the menu bar, listed on a page and in the API, and marked read when the linked page is opened.
 */
package dev.kantor.platform.notifications;
