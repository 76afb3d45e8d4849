#!/usr/bin/env bash
# The staffing mathematics under JMH: one interval at 10,000 Erlangs and a year of 15-minute
# intervals (35,040) for one queue, by Erlang C and Erlang A.
#
#   bench/staffing.sh [JMH options, e.g. -f 1 -wi 3 -i 5]
#
# Compiles the tests (the JMH annotation processor generates the benchmark harness there), then
# runs JMH's own main on the test classpath. See src/test/java/dev/kantor/bench/StaffingBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(java -version 2>&1 | head -1)"
exec java -cp "target/test-classes:target/classes:$CP" org.openjdk.jmh.Main 'dev.kantor.bench.StaffingBenchmark' "$@"
