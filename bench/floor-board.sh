#!/usr/bin/env bash
# The live board's snapshot on a real PostgreSQL with 20 queues and 300 people on today's
# published shifts.
#
#   bench/floor-board.sh [snapshots]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM with the load), makes 20 queues through
# staffing's API with the demo front desk's contacts, publishes 15 shifts (with a break) on each for a
# Wednesday, sets the presence of two people in three, then prints latency percentiles of
# FloorBoard.snapshot in process on one thread, and of GET /api/floor/board from one client.
# See src/test/java/dev/kantor/bench/FloorBoardBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.FloorBoardBenchmark "${1:-2000}"
