#!/usr/bin/env bash
# The live floor's repair of a day (scheduling.repair.BreakRepair) on generated days of 20, 60 and 300
# agents: 5 % marked absent from noon, repaired at 11:00. Prints moved breaks, agent-intervals short
# before and after, and milliseconds (p50, p99, max of the runs).
#
#   bench/repair.sh [agents=20,60,300] [runs=51] [seed=2027]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(uptime | sed 's/.*load average: //')"
exec java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.DayRepairBenchmark "$@"
