/**
 * The policies' one rule as plain Java: scopes, versions in force on a day, the most specific scope winning,
 * conflicts, the matrix of categories by environment and "what if someone moved".
 */
package dev.kantor.policies.rules;
