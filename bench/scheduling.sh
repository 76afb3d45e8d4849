#!/usr/bin/env bash
# The scheduling solver on generated problems: 1 day × 10 agents, 7 days × 60 and 7 days × 300.
# Prints paid hours against the proven lower bound, short intervals, seconds to the reported
# schedule, and the independent checker's verdict and time (milliseconds, median of 21 runs).
#
#   bench/scheduling.sh [cases=1x10,7x60,7x300] [seed=2027] [workers=N] [limit=SECONDS] [capacity=1.3]
#
# Compiles the tests, then runs dev.kantor.bench.SchedulingBenchmark on the test classpath. The
# problems and answers are written to target/bench/. See SchedulingInstances for the problems.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(uptime | sed 's/.*load average: //')"
exec java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.SchedulingBenchmark "$@"
