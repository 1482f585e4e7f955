#!/usr/bin/env bash
# cold-start.sh: how fast a fresh `./scalecfg validate` starts, against a JVM that only prints a line.
#
#   benchmarks/cold-start.sh [ROUNDS]             hello world, one file, 1,000 files (default 10 rounds)
#   benchmarks/cold-start.sh --variants [ROUNDS]  one file under each start-up lever, on and off, and
#                                                 1,000 files with and without -XX:TieredStopAtLevel=1
#
# Each round runs every command once, in an order that rotates from round to round (interleaved, so
# that a burst of load on a shared machine hits them all alike). The hello-world program is compiled
# here and runs on the same JVM with the same flags as ./scalecfg (without the CLI's class-data
# archive). Wall and CPU (user + system) times come from /usr/bin/time (or bash's `time`, without
# the memory figure, where /usr/bin/time has no -f). Printed: the median and the spread (min–max) of
# each command, then each ratio with the median and spread of its per-round values, and the goals
# of #13: one file ≤ 4× hello world (first milestone), ≤ 2× (final); 1,000 files ≤ 1.5× one file.
# Needs only bash, JDK 17+ (java, javac) and Maven (./scalecfg builds the CLI on first use).
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
variants=false
if [[ "${1:-}" == --variants ]]; then
  variants=true
  shift
fi
rounds="${1:-10}"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [--variants] [ROUNDS]" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/scalecfg-cold-start.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# build the CLI and its archive now, not in the first measured run
"$root/scalecfg" --version >/dev/null

# the JVM flags of ./scalecfg, for the hello-world program: its java command without the archive
# and what follows -jar
flags=()
while IFS= read -r word; do
  case "$word" in
    java | -XX:SharedArchiveFile=*) ;;
    -jar) break ;;
    *) flags+=("$word") ;;
  esac
done < <(SCALECFG_DRY_RUN=1 "$root/scalecfg" --version)

mkdir -p "$work/hello" "$work/files"
cat >"$work/hello/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
EOF
javac -d "$work/hello" "$work/hello/Hello.java"
for i in $(seq -w 1 1000); do
  cp "$root/examples/web-tier.json" "$work/files/web-tier-$i.json"
done
file="$root/examples/web-tier.json"

# Each command: a name, the environment of ./scalecfg (archive on or off; its JVM flags, "default"
# for its own) and what to run: hello, one (validate one file) or thousand (validate 1,000 files).
names=()
cds_of=()
flags_of=()
what_of=()
add() {
  names+=("$1")
  cds_of+=("$2")
  flags_of+=("$3")
  what_of+=("$4")
}
without() { # the default flags without those matching a pattern
  local flag kept=()
  for flag in "${flags[@]}"; do
    # shellcheck disable=SC2053 # the pattern is a glob
    [[ "$flag" == $1 ]] || kept+=("$flag")
  done
  printf '%s' "${kept[*]+${kept[*]}}"
}
add hello - - hello
if [[ "$variants" == false ]]; then
  add one-file on default one
  add 1000-files on default thousand
else
  # each lever alone, then the defaults of ./scalecfg without one lever at a time
  add "no flags, no archive" off "" one
  add "archive only" on "" one
  add "TieredStopAtLevel=1 only" off "-XX:TieredStopAtLevel=1" one
  add "UseSerialGC only" off "-XX:+UseSerialGC" one
  add "default" on default one
  add "default without the archive" off default one
  add "default without TieredStopAtLevel=1" on "$(without '-XX:TieredStopAtLevel=*')" one
  add "default with UseSerialGC" on "${flags[*]} -XX:+UseSerialGC" one
  add "default without -UsePerfData" on "$(without '-XX:-UsePerfData')" one
  add "1,000 files: default" on default thousand
  add "1,000 files: without TieredStop..=1" on "$(without '-XX:TieredStopAtLevel=*')" thousand
  add "1,000 files: with UseSerialGC" on "${flags[*]} -XX:+UseSerialGC" thousand
fi

if /usr/bin/time -f '%e' true >/dev/null 2>&1; then
  measure() { # command... ; prints "wall cpu rss_kib"
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" >/dev/null 2>"$work/stderr" || fail "$@"
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time"
  }
else
  measure() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" >/dev/null 2>"$work/stderr" || fail "$@"; } 2>"$work/time"
    awk '{ printf "%s %.2f -\n", $1, $2 + $3 }' "$work/time"
  }
fi
fail() {
  echo "cold-start: failed: $*" >&2
  cat "$work/stderr" >&2
  exit 1
}

echo "cold start: $rounds rounds, interleaved; $(java -version 2>&1 | head -1); $(nproc 2>/dev/null || echo '?') cores;" \
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "JVM flags: ${flags[*]+${flags[*]}}"
count=${#names[@]}
for ((round = 0; round < rounds; round++)); do
  for ((k = 0; k < count; k++)); do
    i=$(((round + k) % count))
    case "${what_of[i]}" in
      hello) run=(java ${flags[@]+"${flags[@]}"} -cp "$work/hello" Hello) ;;
      one) run=("$root/scalecfg" validate "$file") ;;
      thousand) run=("$root/scalecfg" validate "$work"/files/*.json) ;;
    esac
    times="$(
      [[ "${cds_of[i]}" == - ]] || export SCALECFG_CDS="${cds_of[i]}"
      [[ "${flags_of[i]}" == - || "${flags_of[i]}" == default ]] || export SCALECFG_JVM_FLAGS="${flags_of[i]}"
      measure "${run[@]}"
    )"
    echo "$round|${names[i]}|$times" >>"$work/results"
  done
  printf '.' >&2
done
echo >&2

awk -F'|' -v rounds="$rounds" -v order="$(printf '%s|' "${names[@]}")" -v variants="$variants" '
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function median(a, n) { sort(a, n); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function stats(name, what,   i, v) {   # "median (min–max)" of wall (what=1), cpu (2) or rss (3)
    for (i = 0; i < rounds; i++) { split(m[i, name], parts, " "); v[i + 1] = parts[what] }
    return v[1] == "-" ? "-" : sprintf(what == 3 ? "%.0f MiB (%.0f–%.0f)" : "%.2f s (%.2f–%.2f)",
      median(v, rounds) / (what == 3 ? 1024 : 1), v[1] / (what == 3 ? 1024 : 1), v[rounds] / (what == 3 ? 1024 : 1))
  }
  function ratio(a, b, what,   i, r, x, y) { # per-round a/b: "median× (min–max)"; sets last_ratio
    for (i = 0; i < rounds; i++) { split(m[i, a], x, " "); split(m[i, b], y, " "); r[i + 1] = x[what] / y[what] }
    last_ratio = median(r, rounds)
    return sprintf("%.2f× (%.2f–%.2f)", last_ratio, r[1], r[rounds])
  }
  function verdict(value, goal) { return value <= goal ? "met" : "not met" }
  { m[$1, $2] = $3 }
  END {
    n = split(order, names, "|") - 1
    printf "\n%-38s %-22s %-22s %s\n", "command", "wall: median (min–max)", "CPU: median (min–max)", "peak RSS"
    for (k = 1; k <= n; k++) printf "%-38s %-22s %-22s %s\n", names[k], stats(names[k], 1), stats(names[k], 2), stats(names[k], 3)
    print ""
    if (variants == "false") {
      printf "%-38s %-22s %-22s %s\n", "ratio (per round)", "wall", "CPU", "goal (on wall)"
      c = ratio("one-file", "hello", 2); w = ratio("one-file", "hello", 1)
      printf "%-38s %-22s %-22s ≤ 4×: %s; ≤ 2×: %s\n", "one file / hello world", w, c, verdict(last_ratio, 4), verdict(last_ratio, 2)
      c = ratio("1000-files", "one-file", 2); w = ratio("1000-files", "one-file", 1)
      printf "%-38s %-22s %-22s ≤ 1.5×: %s\n", "1,000 files / one file", w, c, verdict(last_ratio, 1.5)
    } else {
      printf "%-38s %-22s %s\n", "ratio to hello world (per round)", "wall", "CPU"
      for (k = 2; k <= n; k++) { c = ratio(names[k], "hello", 2); w = ratio(names[k], "hello", 1); printf "%-38s %-22s %s\n", names[k], w, c }
    }
  }' "$work/results"
