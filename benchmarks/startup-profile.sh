#!/usr/bin/env bash
# startup-profile.sh: where the start of `./scalecfg validate FILE` goes.
#
#   benchmarks/startup-profile.sh [RUNS] [FILE]      (default 5 runs, examples/web-tier.json)
#
# 1. Classes: runs ./scalecfg validate FILE with -Xlog:class+load, once as a plain `java -jar` (no
#    flags, no archive) and once as ./scalecfg runs it (flags and class-data archive), and counts the
#    classes loaded by library and by where they came from (the archive, the JDK's modules, the jar,
#    or generated at run time: lambdas, annotation proxies, reflection accessors).
# 2. Steps: runs dev.scalecfg.benchmarks.StartupPhases (the CLI's first-file steps one by one, with
#    their wall and main-thread CPU time and classes) RUNS times without and RUNS times with an
#    AppCDS archive made for it here, interleaved, and prints the median of each step.
#    Extra JVM options for those runs: PHASES_JAVA_OPTS.
# Needs benchmarks/target/benchmarks.jar (mvn -B -ntp -q -pl benchmarks -am package -DskipTests).
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
file="${2:-$root/examples/web-tier.json}"
bench="$root/benchmarks/target/benchmarks.jar"
[[ -f "$bench" ]] || { echo "startup-profile: build $bench first (see docs/performance.md)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/scalecfg-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$root/scalecfg" --version >/dev/null # builds the CLI and its archive if needed

by_library() { # a -Xlog:class+load file => classes by library, then by source
  awk '
    { c = $2; src = $0; sub(/.*source: /, "", src)
      if (src ~ /shared objects file/) o = "archive"; else if (src ~ /^jrt:/) o = "JDK modules"; else if (src ~ /\.jar/) o = "jar"; else o = "generated"
      if (c ~ /^org\.hibernate\.validator/ || c ~ /^com\.fasterxml\.classmate/) k = "Hibernate Validator (+ classmate)"
      else if (c ~ /^com\.fasterxml\.jackson/) k = "Jackson"
      else if (c ~ /^picocli/) k = "picocli"
      else if (c ~ /^jakarta\.validation/) k = "jakarta.validation"
      else if (c ~ /^org\.jboss\.logging/ || c ~ /^org\.slf4j/) k = "logging (JBoss Logging, SLF4J)"
      else if (c ~ /^dev\.scalecfg\./) { split(c, p, "."); k = "scalecfg " p[3] }
      else if (o == "generated") k = "JDK, generated (lambdas, proxies, accessors)"
      else k = "JDK"
      n[k]++; s[o]++; total++ }
    END { for (k in n) printf "  %5d  %s\n", n[k], k
          printf "  %5d  total: archive %d, JDK modules %d, jar %d, generated %d\n", total, s["archive"], s["JDK modules"], s["jar"], s["generated"] }' "$1" | sort -rn
}

echo "== classes loaded by ./scalecfg validate $(basename "$file")"
SCALECFG_CDS=off SCALECFG_JVM_FLAGS= SCALECFG_JAVA_OPTS="-Xlog:class+load:file=$work/plain.log" \
  "$root/scalecfg" validate "$file" >/dev/null 2>&1 || true
echo "plain java -jar (no flags, no archive):"
by_library "$work/plain.log"
SCALECFG_JAVA_OPTS="-Xlog:class+load:file=$work/script.log" "$root/scalecfg" validate "$file" >/dev/null 2>&1 || true
echo "as ./scalecfg runs it (flags and archive):"
by_library "$work/script.log"

echo
echo "== the steps of the first file, $runs runs each, median (StartupPhases)"
read -r -a flags <<<"-XX:TieredStopAtLevel=1 -XX:-UsePerfData ${PHASES_JAVA_OPTS:-}"
phases=(dev.scalecfg.benchmarks.StartupPhases "$file")
java "${flags[@]}" -XX:DumpLoadedClassList="$work/phases.classlist" -cp "$bench" "${phases[@]}" >/dev/null
java -Xshare:dump -XX:SharedClassListFile="$work/phases.classlist" -XX:SharedArchiveFile="$work/phases.jsa" \
  -cp "$bench" >/dev/null 2>&1
for ((i = 0; i < runs; i++)); do
  java "${flags[@]}" -cp "$bench" "${phases[@]}" | sed 's/^/plain|/' >>"$work/steps"
  java "${flags[@]}" -Xshare:on -XX:SharedArchiveFile="$work/phases.jsa" -cp "$bench" "${phases[@]}" \
    | sed 's/^/archive|/' >>"$work/steps"
done
awk -F'|' '
  function median(list,   a, n, i, j, t) { n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  $1 ~ /^(plain|archive)$/ && NF == 7 && $3 !~ /step|---/ {
    step = $3; gsub(/^ +| +$/, "", step)
    if (!(step in seen)) { seen[step] = 1; order[++steps] = step }
    wall[$1, step] = wall[$1, step] " " $4; cpu[$1, step] = cpu[$1, step] " " $5; cls[$1, step] = $6 + 0 }
  $2 ~ /JVM start to main/ { sub(/.*main: /, "", $2); sub(/ ms.*/, "", $2); main[$1] = main[$1] " " $2 }
  END {
    printf "%-80s %21s %21s\n", "", "without archive", "with archive"
    printf "%-80s %7s %7s %5s %7s %7s %5s\n", "step", "wall ms", "CPU ms", "cls", "wall ms", "CPU ms", "cls"
    printf "%-80s %7.0f %7s %5s %7.0f %7s %5s\n", "JVM start to main", median(main["plain"]), "", "", median(main["archive"]), "", ""
    for (i = 1; i <= steps; i++) { s = order[i]
      printf "%-80s %7.1f %7.1f %5d %7.1f %7.1f %5d\n", s, median(wall["plain", s]), median(cpu["plain", s]), cls["plain", s],
        median(wall["archive", s]), median(cpu["archive", s]), cls["archive", s] }
  }' "$work/steps"
