package dev.kantor.staffing.calculator;

import dev.kantor.staffing.requirement.Performance;

/** One staffing level as a page row: what it achieves, what it means to schedule, and whether it is enough. */
record Level(Performance performance, int scheduled, boolean meetsTarget, boolean chosen) {}
