#!/usr/bin/env bash
# Runs the Veil JMH suite, writes JMH JSON to bench/results/ and regenerates docs/performance.md
# and docs/img/perf-*.png from it.
#
# Usage: bench/run.sh [--quick] [--no-gc] [--stack] [--no-build] [--no-report]
#                     [--only GROUP,...] [--note TEXT] [-- extra JMH arguments]
#   --quick      short settings (about 20 minutes on an idle 2-CPU machine); default is the full
#                suite: -f 1 -wi 3 -w 1s -i 5 -r 1s (about 10 s per benchmark and parameter set)
#   --no-gc      leave out JMH's gc profiler (on by default: it gives bytes allocated per operation)
#   --stack      add JMH's stack sampling profiler (hot methods; printed to bench/results/logs/)
#   --only       groups to run: e2e, stages, detectors, rules, threads, build, footprint (default all)
#   --note       a line printed above the numbers in the report (e.g. "measured on a busy machine")
#   --suffix S   write GROUP$S.json instead of GROUP.json (a partial re-run next to earlier results;
#                the report reads every *.json in bench/results)
#   --no-build   reuse bench/target/veil-bench.jar
#   --no-report  only measure
#
# Needs JDK 17+. Builds with the reactor, never installs. Nothing here runs during `mvn verify`.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

MODE=full
GC=1
STACK=0
BUILD=1
REPORT=1
ONLY=e2e,stages,detectors,rules,threads,build,footprint
NOTE=""
SUFFIX=""
EXTRA=()
ORIGINAL_ARGS="$*"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) MODE=quick ;;
    --no-gc) GC=0 ;;
    --stack) STACK=1 ;;
    --no-build) BUILD=0 ;;
    --no-report) REPORT=0 ;;
    --only) ONLY="$2"; shift ;;
    --note) NOTE="$2"; shift ;;
    --suffix) SUFFIX="$2"; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
  shift
done

JAR=bench/target/veil-bench.jar
OUT=bench/results
LOGS=$OUT/logs
if [[ $BUILD == 1 ]]; then
  ./mvnw -q -B -pl bench -am package -DskipTests
fi
[[ -f $JAR ]] || { echo "bench/run.sh: $JAR missing; run without --no-build" >&2; exit 1; }
mkdir -p "$OUT" "$LOGS"

if [[ $MODE == quick ]]; then
  SETTINGS=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms)
else
  SETTINGS=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
fi
PROF=()
[[ $GC == 1 ]] && PROF+=(-prof gc)
[[ $STACK == 1 ]] && PROF+=(-prof stack)

IDS=$(java -cp "$JAR" dev.veil.bench.perf.DetectorIds)
echo "detectors on the class path: $IDS"

want() { [[ ",$ONLY," == *",$1,"* ]]; }

# run GROUP CLASS [JMH args...]: one JMH invocation, JSON to $OUT/GROUP.json, console to $LOGS/GROUP.log
run() {
  local group=$1 cls=$2
  shift 2
  echo "== $group ($cls)"
  # ignoreLock: another module's JMH run on the same machine must not make this one fail.
  java -Djmh.ignoreLock=true -jar "$JAR" "\\.${cls}\\." "${SETTINGS[@]}" "${PROF[@]}" -rf json -rff "$OUT/$group$SUFFIX.json" "$@" \
    ${EXTRA[@]+"${EXTRA[@]}"} > "$LOGS/$group$SUFFIX.log" 2>&1 || { tail -40 "$LOGS/$group$SUFFIX.log"; exit 1; }
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$LOGS/$group$SUFFIX.log" | grep -v '·' | grep -v ':gc\.' || true
}

# The request-level groups decide the targets. Their code (the hand-run shapes and matchers, the
# name model) needs about 12 s of warm-up on 2 CPUs before C2 has compiled it: with quick settings
# the 2 KB rules-only time read 639 us where a 6 x 2 s warm-up gives 181 us (session 4). So these
# two groups get that warm-up in quick and full mode.
SAVED=("${SETTINGS[@]}")
if [[ $MODE == quick ]]; then
  SETTINGS=(-f 1 -wi 6 -w 2s -i 3 -r 1s)
else
  SETTINGS=(-f 1 -wi 6 -w 2s -i 5 -r 1s)
fi
want e2e && run e2e GuardCheckBenchmark
want rules && run rules RulesOnlyBenchmark
SETTINGS=("${SAVED[@]}")
want stages && run stages StageBenchmark
if want detectors; then
  if [[ $MODE == quick ]]; then
    run detectors DetectorBenchmark -p detector="$IDS" -p kind=CLINICAL
  else
    run detectors DetectorBenchmark -p detector="$IDS"
  fi
fi
if want threads; then
  # Two benchmark threads on a 2-CPU machine leave the JIT no spare CPU: with short warm-up the
  # 2-thread fork is measured before its hot methods are compiled (1.09x instead of 2.2x measured
  # with this warm-up, docs/performance.md). Same settings in quick and full mode.
  SAVED=("${SETTINGS[@]}")
  SETTINGS=(-f 1 -wi 10 -w 3s -i 5 -r 2s)
  run threads ThreadScalingBenchmark
  SETTINGS=("${SAVED[@]}")
fi
want build && run build GuardBuildBenchmark
if want footprint; then
  echo "== footprint (GuardFootprint)"
  java -Djdk.attach.allowAttachSelf=true -cp "$JAR" dev.veil.bench.perf.GuardFootprint \
    > "$OUT/footprint.json" 2> "$LOGS/footprint.log"
  cat "$OUT/footprint.json"
fi

CPU=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)
JDK=$(java -version 2>&1 | head -2 | tr '\n' ' ' | sed 's/"/\\"/g; s/ *$//')
MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
cat > "$OUT/meta.json" <<JSON
{"nproc": "$(nproc)", "cpu": "$CPU", "memory": "$MEM", "jdk": "$JDK", "commit": "$COMMIT",
 "mode": "$MODE", "command": "bench/run.sh ${ORIGINAL_ARGS//\"/\\\"}",
 "jmhSettings": "${SETTINGS[*]} ${PROF[*]} (e2e and rules: 6 x 2 s warm-up)", "date": "$(date -u +%Y-%m-%d)", "note": "${NOTE//\"/\\\"}"}
JSON

if [[ $REPORT == 1 ]]; then
  java -Djava.awt.headless=true -cp "$JAR" dev.veil.bench.perf.report.PerfReport "$OUT" docs/performance.md docs/img
fi
