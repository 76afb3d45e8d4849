/**
 * Each queue's contact history per 15-minute interval: read and checked from a file
 * ({@code HistoryCsv}), stored ({@code StoredHistory}), imported all or nothing ({@code HistoryImports})
 * or counted from cases through {@code cases.ContactVolumes} ({@code CountedHistory}), with their pages
 * and REST controller.
 */
package dev.kantor.staffing.history;
