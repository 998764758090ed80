#!/usr/bin/env bash
# End to end, on each JDK: `./engagements run` of every notebook, cold (a new JVM each time, as a user
# runs it), with the default -j and with -j 1, median of 5 each after one unmeasured run (which builds the
# jar and that JDK's class-data archives if needed); then warm cells in one session (SessionBenchmark: a
# trivial cell and a chart cell, medians of 40, then the trivial cell again after 200 definitions).
# The JDKs: JDK_HOMES (space-separated), else JDK 17 and 25 as .ci/run finds them under /usr/lib/jvm.
# Uses hyperfine when installed (apt-get install -y hyperfine), else a bash loop.
set -euo pipefail
cd "$(dirname "$0")/.."
charts="$(mktemp -d)"
trap 'rm -rf "$charts"' EXIT
run=(./engagements run --force --charts "$charts")   # --force: a cold run, not the reuse of unchanged outputs

find_jdk() {
  local version="$1" home
  for home in /usr/lib/jvm/*; do
    if [ -x "$home/bin/javac" ] && grep -q "^JAVA_VERSION=\"$version[.\"]" "$home/release" 2>/dev/null; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

cold_runs() {
  local args=("$@") times=() i start
  if command -v hyperfine > /dev/null; then
    hyperfine --runs 5 --style basic --export-json target/bench-cold.json "${args[*]} > /dev/null"
    python3 -c 'import json,statistics; r=json.load(open("target/bench-cold.json"))["results"][0]; print("cold run: median %.2f s (min %.2f, max %.2f) of 5" % (statistics.median(r["times"]), min(r["times"]), max(r["times"])))'
  else
    for i in 1 2 3 4 5; do
      start=$(date +%s.%N)
      "${args[@]}" > /dev/null
      times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END{printf "cold run: median %.2f s (min %.2f, max %.2f) of 5\n", t[3], t[1], t[5]}'
  fi
}

bench_jdk() {
  export JAVA_HOME="$1"
  local version jobs args
  version="$(sed -n 's/^JAVA_VERSION=//p' "$JAVA_HOME/release" | tr -d '"')"
  echo "=== JDK $version ($JAVA_HOME)"
  "${run[@]}" > /dev/null   # builds the jar and this JDK's class-data archives if needed; not measured
  sleep 10                  # the notebook JVMs' archive is dumped in the background
  # Notebooks side by side (the default, -j = processors up to 4), then one after the other.
  for jobs in default 1; do
    args=("${run[@]}")
    [ "$jobs" = default ] || args+=(-j "$jobs")
    echo "== cold ./engagements run (all notebooks, -j $jobs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    cold_runs "${args[@]}"
  done
  echo "== warm cells, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  mvn -q -B -ntp test -Dtest=SessionBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E '^(cold|warm)'
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ -n "${JDK_HOMES:-}" ]; then
  read -r -a homes <<< "$JDK_HOMES"
else
  homes=()
  for version in 17 25; do
    if home="$(find_jdk "$version")"; then
      homes+=("$home")
    else
      echo "end-to-end: no JDK $version under /usr/lib/jvm; skipping it" >&2
    fi
  done
fi
for home in "${homes[@]}"; do
  bench_jdk "$home"
done
