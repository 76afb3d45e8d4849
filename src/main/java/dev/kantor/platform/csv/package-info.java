/** CSV files Kantor writes for spreadsheets: a byte-order mark where asked, and no cell a spreadsheet runs as a formula. */
package dev.kantor.platform.csv;
