/**
 * Resolution actions within delegated authority, approvals above it, and delegating authority,
 * with their pages and API.
 */
package dev.kantor.cases.resolution;
