/**
 * What warm handoffs do to cases: routing's HandoffCases implemented, and its handoff events
 * written on the case once each.
 */
package dev.kantor.cases.handoffs;
