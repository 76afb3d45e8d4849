/**
 * Focus windows: back-office people (or their department) set aside time to work without interruption; routing's
 * "who can help now" asks through {@code FocusTime}, which this package implements.
 */
package dev.kantor.service.focus;
