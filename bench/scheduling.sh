#!/usr/bin/env bash
# The scheduling solver on generated problems: 1 day × 10 agents, 7 days × 60 and 7 days × 300.
# Prints paid hours against the proven lower bound, short intervals, seconds to the reported
# schedule, and the independent checker's verdict and time (milliseconds, median of 21 runs).
#
#   bench/scheduling.sh [cases=1x10,7x60,7x300] [seed=2027] [workers=N] [limit=SECONDS] [capacity=1.3]
#   bench/scheduling.sh timefold [cases=1x10,7x60] [seconds=60] [seed=2027]
#
# The second form solves the same problems with the Timefold alternative the solver's design was
# measured against (dev.kantor.bench.timefold.TimefoldAlternative).
#
# Compiles the tests, then runs dev.kantor.bench.SchedulingBenchmark on the test classpath. The
# problems and answers are written to target/bench/. See SchedulingInstances for the problems.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(uptime | sed 's/.*load average: //')"
MAIN=dev.kantor.bench.SchedulingBenchmark
if [ "${1:-}" = timefold ]; then
  MAIN=dev.kantor.bench.timefold.TimefoldAlternative
  shift
fi
exec java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" "$MAIN" "$@"
