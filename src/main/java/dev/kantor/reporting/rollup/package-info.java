/**
 * The daily roll-ups: each case's share of its day's figures (CaseLines, pure), kept up to date
 * from the modules' events once per event, and rebuilt from scratch from cases' CaseFacts.
 */
package dev.kantor.reporting.rollup;
