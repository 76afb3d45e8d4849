/**
 * Allowances kept in the database: Bucket4j token buckets that every node counts against, used
 * by the portal per client address and by sign-in per account and address.
 */
package dev.kantor.platform.allowance;
