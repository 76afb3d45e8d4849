/** Loading OR-Tools' native libraries once per JVM, for the solver and the lower bound. */
package dev.kantor.scheduling.ortools;
