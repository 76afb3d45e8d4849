/**
 * The customer portal: private links, following and answering a case, rating it, per-address
 * allowances, staff preview.
 */
package dev.kantor.cases.portal;
