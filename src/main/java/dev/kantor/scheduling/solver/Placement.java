package dev.kantor.scheduling.solver;

import dev.kantor.scheduling.grid.Pattern;

/** A pattern given to an agent. */
record Placement(int agent, Pattern pattern) {}
