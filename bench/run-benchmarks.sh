#!/usr/bin/env bash
# The whole benchmark suite in one command, printing medians:
#
#   bench/run-benchmarks.sh [SIZES]        e.g. bench/run-benchmarks.sh 1000,100000,1000000
#
# 1. builds the jar and the test classes (the JMH benchmarks live in src/test/java/org/engagements/bench);
# 2. generates one data folder per size under target/bench-data/n<SIZE> (seed 1; kept between runs);
# 3. runs the JMH suite -- LoadBenchmark (validate, load, loadAndAnalyse), AnalysisBenchmark (each
#    analysis), ChartRenderBenchmark (each chart, aggregated and rendered as PNG) -- in one forked JVM with
#    -Xmx2g and short settings: -f 1 -wi 2 -i 5 -w 1s -r 1s (SingleShotTime for loading: 2 warm-up and 5
#    measured loads); writes target/bench-results.json and prints the median of the 5 measured iterations;
# 4. runs ScaleRun per size: load, then every analysis once, in one fresh -Xmx2g JVM (wall, CPU, peak heap);
# 5. runs bench/end-to-end.sh: `./engagements run` cold (all notebooks, a new JVM each time, median of 5)
#    and warm cells (SessionBenchmark).
#
# Default SIZES: 1000 (a couple of minutes). 1,000,000 needs about 25 minutes on a 2-core machine.
# BENCH_JMH="..." adds or overrides JMH options (e.g. BENCH_JMH="-i 3" or a benchmark regex).
# The load average is printed before and after: on a shared machine, read the figures with it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-1000}"
data="$PWD/target/bench-data"

echo "== $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

mvn -q -B -ntp -DskipTests package test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

mkdir -p "$data"
for n in ${sizes//,/ }; do
  if [ ! -d "$data/n$n" ]; then
    java -cp "$cp" org.engagements.cli.Main generate --engagements "$n" --seed 1 --out "$data/n$n"
  fi
done

# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 2 -i 5 -w 1s -r 1s \
  -jvmArgs "-Xmx2g -Djava.awt.headless=true -Dengagements.bench.data=$data" \
  -p size="$sizes" -rf json -rff target/bench-results.json ${BENCH_JMH:-} \
  'org.engagements.bench.(Load|Analysis|ChartRender)Benchmark' > target/bench-jmh.txt

python3 bench/medians.py target/bench-results.json
echo "== load average after JMH: $(cut -d' ' -f1-3 /proc/loadavg)"

# The scale target as a user meets it: one fresh -Xmx2g JVM loads each size and runs every analysis once.
for n in ${sizes//,/ }; do
  echo "== ScaleRun n=$n, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx2g -Djava.awt.headless=true -cp "$cp" org.engagements.bench.ScaleRun "$data/n$n"
done
bench/end-to-end.sh
