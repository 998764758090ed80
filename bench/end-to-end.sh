#!/usr/bin/env bash
# End to end: `./engagements run` of every notebook, cold (a new JVM each time, as a user runs it),
# with the default -j and with -j 1, median of 5 each after one unmeasured run (which builds the jar and
# the class-data archives if needed);
# then warm cells in one session (SessionBenchmark: a trivial cell and a chart cell, medians of 40).
# Uses hyperfine when installed (apt-get install -y hyperfine), else a bash loop.
set -euo pipefail
cd "$(dirname "$0")/.."
charts="$(mktemp -d)"
trap 'rm -rf "$charts"' EXIT
run=(./engagements run --charts "$charts")

"${run[@]}" > /dev/null   # builds the jar and the class-data archives if needed; not measured
sleep 10                  # the notebook JVMs' archive is dumped in the background
# Notebooks side by side (the default, -j = processors up to 4), then one after the other.
for jobs in default 1; do
  args=("${run[@]}")
  [ "$jobs" = default ] || args+=(-j "$jobs")
  echo "== cold ./engagements run (5 notebooks, -j $jobs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if command -v hyperfine > /dev/null; then
    hyperfine --runs 5 --style basic --export-json target/bench-cold.json "${args[*]} > /dev/null"
    python3 -c 'import json,statistics; r=json.load(open("target/bench-cold.json"))["results"][0]; print("cold run: median %.2f s (min %.2f, max %.2f) of 5" % (statistics.median(r["times"]), min(r["times"]), max(r["times"])))'
  else
    times=()
    for i in 1 2 3 4 5; do
      start=$(date +%s.%N)
      "${args[@]}" > /dev/null
      times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END{printf "cold run: median %.2f s (min %.2f, max %.2f) of 5\n", t[3], t[1], t[5]}'
  fi
done
echo "== warm cells, load average $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -B -ntp test -Dtest=SessionBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^(cold|warm)'
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
