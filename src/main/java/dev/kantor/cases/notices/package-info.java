/**
 * What the cases module tells people through the platform's notifications: approvals waiting on
 * them, requests for their help and who is coming, customers writing back on their cases, cases
 * given to them, and refusals of what they proposed. Written from the module's own events.
 */
package dev.kantor.cases.notices;
