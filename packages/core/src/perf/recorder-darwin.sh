#!/bin/bash
# perf-monitor's sampler on macOS: recorder.sh's design (copy raw text, compute nothing; the
# report step replays it through TypeScript parsers, darwin-sampler.ts and system/darwin.ts) with
# the stock commands macOS has instead of /proc. It runs on the stock /bin/bash 3.2, so it uses
# no bash-4 feature: no associative arrays, mapfile, {fd} redirections, fractional `read -t`,
# EPOCHREALTIME or case-changing expansions (test/unit/perf-darwin.test.ts checks).
#
# Sources, chosen for cost: three forks a tick (iostat, vm_stat, netstat), the rest every few
# seconds; nothing stays resident but bash (~3 MB). A fork and exec is most of each read's cost,
# which is why swap and df wait for the statfs ticks:
#   iostat -c 2 -w N   CPU busy (us + sy) and the 1-minute load over the interval. It IS the
#                      tick's wait: its second report comes N seconds after the first, so no
#                      `sleep` is forked, and CPU comes from the kernel's tick counters instead
#                      of `top -l`, which walks every process to print one CPU line and needs two
#                      samples for a CPU figure. N is whole seconds (iostat -w takes no fraction).
#   vm_stat            memory available as macOS counts it (health-gate's parser)
#   netstat -ib        bytes in/out per interface (only the <Link#…> lines are kept)
#   sysctl vm.swapusage, df -k -P
#                      swap and workspace usage, every RK_STATFS_EVERY ticks
#   ps -axr            the 25 busiest processes by %CPU (a decaying average), every RK_PROCS_EVERY ticks
#   du -sk             cache sizes, every RK_CACHE_EVERY ticks
# Disk read/write bytes are not recorded: iostat gives one MB/s figure per disk without the
# split, and the split (IOKit's statistics through `ioreg`) costs more than the rest together.
#
# Settings come from the environment (recorderEnvironment in recorder.ts, LC_ALL=C): RK_OUT,
# RK_INTERVAL_MS, RK_WORKSPACE, RK_STATFS_EVERY, RK_PROCS_EVERY, RK_CACHE_EVERY, RK_CACHE_PATHS,
# RK_WATCH_PID, RK_STEP_SAMPLES, RK_MAX_BYTES as for recorder.sh.
#
# Recording format: recorder.sh's, with `H 1 <interval ms> darwin` first; `@<ms>` is ms since
# this script started (macOS has no /proc/uptime, and bash 3.2 no sub-second clock: it counts
# intervals and keeps the count within a second of bash's SECONDS); a frame's sections are
# `=iostat`, `=vm_stat`, `=swapusage`, `=netstat`, `=df`, `=ps`, `=sysctl` (first frame only:
# hw.memsize, hw.ncpu) with the command's output, and `=du <bytes or -1> <path>` lines.

exec 3>>"$RK_OUT" || exit 70
set -f # no globbing: output lines are split into words below, and may hold `*`

interval_s=$(((RK_INTERVAL_MS + 999) / 1000))
((interval_s < 1)) && interval_s=1
interval=$((interval_s * 1000))
statfs_every=${RK_STATFS_EVERY:-1}
procs_every=${RK_PROCS_EVERY:-0}
cache_every=${RK_CACHE_EVERY:-0}
step_samples=${RK_STEP_SAMPLES:-10000}
max_bytes=${RK_MAX_BYTES:-134217728}

bytes=0
samples=0
now=0
# Sources that failed, one `name|` per failure, at most three each (no associative arrays).
failures=

emit() {
  bytes=$((bytes + ${#1}))
  printf '%s' "$1" >&3
}

# `now` advances by the interval each tick (iostat waited that long) and is pulled back within
# a second of SECONDS (whole seconds since start), so the time line never drifts further.
clock() {
  local low=$(((SECONDS - 1) * 1000)) high=$(((SECONDS + 1) * 1000))
  ((now < low)) && now=$low
  ((now > high)) && now=$high
}

event() { # kind message
  emit "!$1 $now $2"$'\n'
}

# At most three events per source, so a command failing every tick cannot fill the disk.
failed() { # source
  local rest=$failures count=0
  while [[ $rest == *"$1|"* ]]; do
    rest=${rest#*"$1|"}
    count=$((count + 1))
  done
  ((count >= 3)) && return
  failures="$failures$1|"
  event error "$1: cannot be read"
}

# `text` gets the command's output; false when it fails or prints nothing.
capture() {
  text=$("$@" 2>/dev/null) && [[ -n $text ]]
}

# `text` keeps only its lines that match one of the patterns, at most `max` of them. Word
# splitting on newlines (globbing is off) instead of a here-document, which bash 3.2 writes to a
# temporary file.
keep_lines() { # max pattern...
  local max=$1 line pattern kept='' n=0 IFS=$'\n'
  shift
  for line in $text; do
    for pattern in "$@"; do
      # shellcheck disable=SC2254 # the pattern is meant as a glob
      case $line in $pattern)
        kept="$kept$line"$'\n'
        n=$((n + 1))
        break
        ;;
      esac
    done
    ((n >= max)) && break
  done
  text=$kept
}

record_cache_sizes() {
  local p size IFS=$'\n'
  for p in ${RK_CACHE_PATHS:-}; do
    size=$(du -sk -- "$p" 2>/dev/null)
    size=${size%%[[:space:]]*}
    [[ -n $size ]] && size=$((size * 1024))
    frame="$frame=du ${size:--1} $p"$'\n'
  done
}

# One frame. `cpu` is the output of the iostat run that made the interval.
sample() {
  local frame="@$now"$'\n'
  if [[ -n $cpu ]]; then frame="$frame=iostat"$'\n'"$cpu"$'\n'; else failed iostat; fi
  if ((samples == 0)) && capture sysctl hw.memsize hw.ncpu; then frame="$frame=sysctl"$'\n'"$text"$'\n'; fi
  if capture vm_stat; then
    # The header (page size) and the four counts of available pages: a fifth of the output.
    keep_lines 5 'Mach*' 'Pages free*' 'Pages inactive*' 'Pages speculative*' 'Pages purgeable*'
    frame="$frame=vm_stat"$'\n'"$text"
  else
    failed vm_stat
  fi
  if capture netstat -ib; then
    # An interface's counters repeat on each of its addresses: the header and its link line.
    keep_lines 1000 'Name*' '*<Link#*'
    frame="$frame=netstat"$'\n'"$text"
  else
    failed netstat
  fi
  # Swap and disk usage move slowly: every few seconds, not a fork each every tick.
  if ((statfs_every > 0 && samples % statfs_every == 0)); then
    if capture sysctl -n vm.swapusage; then frame="$frame=swapusage"$'\n'"$text"$'\n'; else failed swapusage; fi
    if capture df -k -P "$RK_WORKSPACE"; then frame="$frame=df"$'\n'"$text"$'\n'; else failed df; fi
  fi
  if ((procs_every > 0 && samples % procs_every == 0)); then
    if capture ps -axro pid=,rss=,%cpu=,comm=; then
      keep_lines 25 '*'
      frame="$frame=ps"$'\n'"$text"
    else
      failed ps
    fi
  fi
  ((cache_every > 0 && samples % cache_every == 0)) && record_cache_sizes
  emit "$frame."$'\n'
  samples=$((samples + 1))
}

finish() { # message
  clock
  event stop "$1"
  exit 0
}

# No last sample here, unlike recorder.sh: the signal ended the iostat run, so there is no
# CPU figure for the part of the interval that passed.
trap 'finish "stopped by SIGTERM"' TERM
trap 'finish "stopped by SIGINT"' INT
trap 'finish "stopped by SIGHUP"' HUP

emit "H 1 $interval darwin"$'\n'
while :; do
  # kill -0 is a builtin: no fork. A reused pid would keep sampling until the step stops it.
  if [[ -n ${RK_WATCH_PID:-} ]] && ! kill -0 "$RK_WATCH_PID" 2>/dev/null; then
    finish "the job's runner process (pid $RK_WATCH_PID) is gone"
  fi
  # Without iostat the tick still waits, so a missing command cannot make the loop spin.
  cpu=$(iostat -c 2 -w "$interval_s" 2>/dev/null) || {
    cpu=
    sleep "$interval_s"
  }
  now=$((now + interval))
  clock
  sample
  if ((samples % step_samples == 0)); then
    interval_s=$((interval_s * 2))
    interval=$((interval_s * 1000))
    event slowdown "$samples samples written; interval now $interval ms to bound the file"
  fi
  ((bytes >= max_bytes)) && finish "the recording reached $max_bytes bytes; sampling ended early"
done
