#!/usr/bin/env bash
# The benchmarks of issue 18, side by side with the tools our users would otherwise pick, in one run:
#
#   bench/run-benchmarks.sh [SIZES] [--jmh]        e.g. bench/run-benchmarks.sh 100000,1000000
#
# 1. builds the jar, the test classes and the test class path (DuckDB's JDBC driver is a test dependency);
# 2. generates one data folder per size under target/bench-data/n<SIZE> (seed 1; kept between runs);
# 3. per size, three alternating rounds of: `./engagements validate`, the pandas peer
#    (bench/peers/pandas_validate.py: load, checks and the report's counts), the DuckDB peer
#    (org.engagements.bench.DuckDbPeer: the same as SQL) and `./engagements charts`; each a whole process
#    measured by /usr/bin/time (wall, user + system CPU, peak RSS). Prints the medians and the ratios
#    ours / peer: validate against pandas and DuckDB, charts against pandas (whose work, load + checks +
#    counts, is what charts must do before it draws);
# 4. the no-change re-run: `./engagements run` of every notebook, cold (--force) and with nothing changed
#    (outputs reused), alternating, median of 3, and the ratio (target: at most 0.15);
# 5. notebook 02 alone: `./engagements run notebooks/02-meeting-frequency.jsh --force` beside its pandas +
#    matplotlib peer (bench/peers/02-meeting-frequency.ipynb) under `jupyter nbconvert --execute --to html`,
#    alternating, median of 5, and the ratio of wall times (target: at most 0.4);
# 6. with --jmh, also the earlier suite: JMH (LoadBenchmark, AnalysisBenchmark, ChartRenderBenchmark; -f 1
#    -wi 2 -i 5 -w 1s -r 1s, -Xmx2g, results in target/bench-results.json), ScaleRun per size (load, then
#    every analysis once, in one fresh -Xmx2g JVM) and bench/end-to-end.sh (cold runs and warm cells on
#    JDK 17 and 25). BENCH_JMH="..." adds JMH options.
#
# Default SIZES: 100000,1000000 (about 10 minutes on an idle 2-core machine without --jmh; --jmh at 10^6
# adds about 30). Needs /usr/bin/time, /usr/bin/python3 with python3-pandas and python3-matplotlib, and
# jupyter-nbconvert with python3-ipykernel. The load average is printed with every table: on a shared
# machine, read the figures with it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=100000,1000000
jmh=""
for arg in "$@"; do
  case "$arg" in
    --jmh) jmh=yes ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) sizes="$arg" ;;
    *) echo "run-benchmarks: unknown argument $arg (expected SIZES such as 100000,1000000, or --jmh)" >&2; exit 2 ;;
  esac
done
python=/usr/bin/python3
for tool in /usr/bin/time "$python" /usr/bin/jupyter-nbconvert; do
  [ -x "$tool" ] || { echo "run-benchmarks: $tool is missing (Debian: time, python3, jupyter-nbconvert)" >&2; exit 1; }
done
"$python" -c 'import pandas, matplotlib, ipykernel' 2> /dev/null || {
  echo "run-benchmarks: $python cannot import pandas, matplotlib and ipykernel" \
    "(apt-get install python3-pandas python3-matplotlib python3-ipykernel)" >&2; exit 1; }
data="$PWD/target/bench-data"
work="$PWD/target/bench-run"
rm -rf "$work"
mkdir -p "$data" "$work"
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
  "$("$python" -c 'import pandas; print("pandas", pandas.__version__)'), DuckDB JDBC" \
  "$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' pom.xml)"
echo "== load average before: $(load)"

mvn -q -B -ntp -DskipTests package test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

for n in ${sizes//,/ }; do
  if [ ! -d "$data/n$n" ]; then
    java -cp "$cp" org.engagements.cli.Main generate --engagements "$n" --seed 1 --out "$data/n$n"
  fi
done

# measure RESULTS LABEL COMMAND...: runs COMMAND as a whole process under /usr/bin/time and appends
# "LABEL wall user sys maxrss_kb" to RESULTS; a failing command stops the benchmark with its output.
measure() {
  local results="$1" label="$2"
  shift 2
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/last.log" 2>&1; then
    echo "run-benchmarks: $label failed: $*" >&2
    cat "$work/last.log" >&2
    exit 1
  fi
  echo "$label $(tail -1 "$work/time.txt")" >> "$results"
}

# 3. validate and charts beside pandas and DuckDB.
for n in ${sizes//,/ }; do
  results="$work/n$n.txt"
  before="$(load)"
  for round in 1 2 3; do
    measure "$results" validate "./engagements" validate --data "$data/n$n"
    measure "$results" pandas "$python" bench/peers/pandas_validate.py "$data/n$n"
    measure "$results" duckdb java --enable-native-access=ALL-UNNAMED -cp "$cp" org.engagements.bench.DuckDbPeer "$data/n$n"
    measure "$results" charts "./engagements" charts --data "$data/n$n" --out "$work/charts-n$n"
  done
  echo
  echo "== n=$n: median of 3 alternating rounds, load average $before before, $(load) after"
  "$python" bench/side_by_side.py "$results" "validate (ours)" validate pandas duckdb
  "$python" bench/side_by_side.py "$results" "charts (ours)" charts pandas
done

# 4. The no-change re-run of every notebook (the shipped data), against a cold run.
results="$work/rerun.txt"
run=(./engagements run --charts "$work/run-charts" --out "$work/run-out")
"${run[@]}" --force > /dev/null   # builds the class-data archives if needed; not measured
sleep 10                          # the notebook JVMs' archive is dumped in the background
before="$(load)"
for round in 1 2 3; do
  measure "$results" "cold(--force)" "${run[@]}" --force
  measure "$results" no-change "${run[@]}"
done
grep -q "unchanged, outputs reused" "$work/last.log" || {
  echo "run-benchmarks: the no-change run re-ran notebooks:" >&2; cat "$work/last.log" >&2; exit 1; }
echo
echo "== ./engagements run, every notebook: no change against cold (target: at most 0.15x)," \
  "median of 3 alternating, load average $before before, $(load) after"
"$python" bench/side_by_side.py "$results" "no-change" no-change "cold(--force)"

# 5. Notebook 02 beside its pandas + matplotlib peer under nbconvert.
results="$work/notebook-02.txt"
ours=(./engagements run notebooks/02-meeting-frequency.jsh --force --charts "$work/nb-charts" --out "$work/nb-ours")
peer=(env ENGAGEMENTS_DATA="$PWD/data" PEER_CHARTS="$work/nb-peer-charts"
  /usr/bin/jupyter-nbconvert --execute --to html --output-dir "$work/nb-peer" bench/peers/02-meeting-frequency.ipynb)
"${ours[@]}" > /dev/null
"${peer[@]}" > /dev/null 2>&1     # one unmeasured run each: archives, Python's byte code, font caches
before="$(load)"
for round in 1 2 3 4 5; do
  measure "$results" ours-02 "${ours[@]}"
  measure "$results" nbconvert-pandas-02 "${peer[@]}"
done
echo
echo "== notebook 02 to executed notebook and page: ours against pandas + matplotlib under nbconvert" \
  "(target: at most 0.4x wall), median of 5 alternating, load average $before before, $(load) after"
"$python" bench/side_by_side.py "$results" "notebook 02 (ours)" ours-02 nbconvert-pandas-02

if [ -n "$jmh" ]; then
  # shellcheck disable=SC2086
  java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 2 -i 5 -w 1s -r 1s \
    -jvmArgs "-Xmx2g -Djava.awt.headless=true -Dengagements.bench.data=$data" \
    -p size="$sizes" -rf json -rff target/bench-results.json ${BENCH_JMH:-} \
    'org.engagements.bench.(Load|Analysis|ChartRender)Benchmark' > target/bench-jmh.txt
  "$python" bench/medians.py target/bench-results.json
  echo "== load average after JMH: $(load)"
  # The scale target as a user meets it: one fresh -Xmx2g JVM loads each size and runs every analysis once.
  for n in ${sizes//,/ }; do
    echo "== ScaleRun n=$n, load average $(load)"
    java -Xmx2g -Djava.awt.headless=true -cp "$cp" org.engagements.bench.ScaleRun "$data/n$n"
  done
  bench/end-to-end.sh
fi
echo "== load average after: $(load)"
