# perf-monitor's sampler. Every interval it copies the /proc lines the report needs, as they are,
# into a recording; it computes nothing. The report step reads the recording (recording.ts) and
# replays it through the TypeScript parsers (replay.ts, frame-sampler.ts, system/procfs.ts and
# system/cgroup.ts), so every measure has one implementation, and the process that
# lives for the whole job is bash at ~3 MB instead of a Node process at 40+ MB.
#
# Settings come from the environment (recorderEnvironment in recorder.ts sets them, LC_ALL=C):
#   RK_OUT          recording file (appended)
#   RK_INTERVAL_MS  sampling interval
#   RK_WORKSPACE    filesystem whose usage is recorded (statfs, through `stat -f`)
#   RK_STATFS_EVERY, RK_PROCS_EVERY, RK_CACHE_EVERY
#                   ticks between the reads that cost a fork or a /proc walk (0: never)
#   RK_CACHE_PATHS  newline-separated paths whose size `du -sb` records
#   RK_CGROUP_FILES newline-separated `<key> <path>` of the job's cgroup files copied every tick
#                   (only under a cgroup limit; recorder.ts picks them through system/cgroup.ts)
#   RK_WATCH_PID    the job's runner process: sampling ends when it does (optional)
#   RK_STEP_SAMPLES after this many samples the interval doubles, bounding the file
#   RK_MAX_BYTES    sampling ends before the recording grows past this
#   RK_PROC         procfs root (tests use a fixture tree); the clock is always /proc/uptime
#
# Recording format, one record per line (recording.ts reads it):
#   H <version> <interval ms>                     once, first
#   @<uptime ms>                                  a frame starts; it ends at a line `.`
#   =<source>                                     the lines of that source follow
#                                                 (stat, loadavg, meminfo, diskstats, net/dev)
#   =statfs <blocks> <free blocks> <block bytes>
#   =procs <uptime line of RK_PROC>               then one line of every pid, then the
#                                                 /proc/<pid>/stat lines that changed since the
#                                                 previous process look (unchanged ones are left out)
#   =cmdline <pid> <arguments separated by \x1f>  when a pid is new or changed its name
#   =du <bytes or -1> <path>
#   =cgroup <key>                                 that cgroup file's lines follow (memory.stat:
#                                                 only its inactive_file lines)
#   !<kind> <uptime ms> <message>                 events: error, slowdown, stop

if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 1))); then
  printf '!stop 0 the sampler needs bash 4.1 or newer; this is %s\n' "$BASH_VERSION" >>"$RK_OUT"
  exit 71
fi
exec {out}>>"$RK_OUT" || exit 70
# `read -t` on a pipe nobody writes to: a sleep without forking `sleep` every tick.
exec {nap}<> <(:)

proc=${RK_PROC:-/proc}
interval=$RK_INTERVAL_MS
statfs_every=${RK_STATFS_EVERY:-1}
procs_every=${RK_PROCS_EVERY:-0}
cache_every=${RK_CACHE_EVERY:-0}
step_samples=${RK_STEP_SAMPLES:-10000}
max_bytes=${RK_MAX_BYTES:-134217728}
mapfile -t cache_paths <<<"${RK_CACHE_PATHS:-}"
[[ -z ${cache_paths[0]} ]] && cache_paths=()
mapfile -t cgroup_files <<<"${RK_CGROUP_FILES:-}"
[[ -z ${cgroup_files[0]} ]] && cgroup_files=()

bytes=0
samples=0
now=0
last_sample=-1
declare -A error_count=() last_stat=()

# An fd on the runner's stat file reads again while that process lives and fails once it is
# gone, even if its pid is reused: no pid parsing, no start-time comparison.
watch=
if [[ -n ${RK_WATCH_PID:-} ]]; then
  exec {watch}<"/proc/$RK_WATCH_PID/stat" || watch=
fi

emit() {
  bytes=$((bytes + ${#1}))
  printf '%s' "$1" >&"$out"
}

# `now`: ms since boot. Left as it was if /proc/uptime ever reads oddly: an arithmetic error
# would end the loop, not just the tick.
clock() {
  local up
  read -r up _ </proc/uptime
  up=${up/./}
  [[ $up =~ ^[0-9]+$ ]] && now=$((10#$up * 10))
}

event() { # kind message
  clock
  emit "!$1 $now $2"$'\n'
}

# At most three events per source, so a read failing every tick cannot fill the disk.
failed() { # source
  local count=$((${error_count[$1]:-0} + 1))
  error_count[$1]=$count
  ((count <= 3)) && event error "$1: cannot be read"
}

# `text` gets the whole file (IFS= keeps leading spaces); false when it is missing or empty.
slurp() {
  text=
  IFS= read -r -d '' text <"$1"
  [[ -n $text ]]
}

record_processes() {
  local dir pid line uptime pids='' changed='' names='' arg args
  slurp "$proc/uptime" || { failed processes; return; }
  uptime=${text%%$'\n'*}
  for dir in "$proc"/[0-9]*; do
    pid=${dir##*/}
    IFS= read -r line <"$dir/stat" || continue # ended while we looked
    pids+="$pid "
    [[ ${last_stat[$pid]-} == "$line" ]] && continue
    # A new pid or an exec (and mostly a reused pid) changes the `pid (name` part: record the
    # command line again.
    if [[ ${last_stat[$pid]-} != "${line%%) *}"* ]]; then
      args=
      while IFS= read -r -d '' arg; do args+="$arg"$'\x1f'; done <"$dir/cmdline"
      args=${args//$'\n'/ }
      [[ -n $args ]] && names+="=cmdline $pid ${args:0:300}"$'\n'
    fi
    last_stat[$pid]=$line
    changed+="$line"$'\n'
  done
  frame+="=procs $uptime"$'\n'"$pids"$'\n'"$changed$names"
  # Forget ended processes now and then, so a job that starts thousands of them stays small.
  if ((${#last_stat[@]} > 4096)); then
    for pid in "${!last_stat[@]}"; do [[ -e $proc/$pid ]] || unset "last_stat[$pid]"; done
  fi
}

record_cache_sizes() {
  local p size
  for p in "${cache_paths[@]}"; do
    size=$(du -sb -- "$p" 2>/dev/null)
    size=${size%%[[:space:]]*}
    frame+="=du ${size:--1} $p"$'\n'
  done
}

record_cgroup() {
  local entry key stat
  for entry in "${cgroup_files[@]}"; do
    key=${entry%% *}
    if ! slurp "${entry#* }"; then
      failed "cgroup $key"
      continue
    fi
    if [[ $key == memory:memory.stat ]]; then
      # ~40 lines, of which the working set needs one (v1: two).
      stat=$text text=
      [[ $stat =~ (^|$'\n')(total_inactive_file [0-9]+) ]] && text+="${BASH_REMATCH[2]}"$'\n'
      [[ $stat =~ (^|$'\n')(inactive_file [0-9]+) ]] && text+="${BASH_REMATCH[2]}"$'\n'
    fi
    frame+="=cgroup $key"$'\n'"$text"
  done
}

sample() {
  local frame source size
  clock
  frame="@$now"$'\n'
  if slurp "$proc/stat"; then frame+="=stat"$'\n'"${text%%$'\n'intr *}"$'\n'; else failed stat; fi
  if slurp "$proc/loadavg"; then frame+="=loadavg"$'\n'"$text"; else failed loadavg; fi
  if slurp "$proc/meminfo"; then
    # MemTotal … Cached and the two swap lines: a sixth of the file. A regex, because a
    # `${text#*…}` expansion is quadratic in bash.
    frame+="=meminfo"$'\n'"${text%%$'\n'SwapCached:*}"$'\n'
    [[ $text =~ SwapTotal:[^$'\n']*$'\n'SwapFree:[^$'\n']* ]] && frame+="$BASH_REMATCH"$'\n'
  else
    failed meminfo
  fi
  for source in diskstats net/dev; do
    if slurp "$proc/$source"; then frame+="=$source"$'\n'"$text"; else failed "$source"; fi
  done
  if ((statfs_every > 0 && samples % statfs_every == 0)); then
    if size=$(stat -f -c '%b %f %S' -- "$RK_WORKSPACE" 2>/dev/null); then frame+="=statfs $size"$'\n'; else failed statfs; fi
  fi
  ((procs_every > 0 && samples % procs_every == 0)) && record_processes
  ((cache_every > 0 && samples % cache_every == 0 && ${#cache_paths[@]} > 0)) && record_cache_sizes
  ((${#cgroup_files[@]} > 0)) && record_cgroup
  emit "$frame."$'\n'
  last_sample=$now
  samples=$((samples + 1))
}

finish() { # message
  event stop "$1"
  exit 0
}

on_signal() { # name
  # One last sample, so the report reaches the moment it was stopped; not right after the
  # previous one, whose near-zero interval would give meaningless rates.
  clock
  ((now - last_sample >= interval / 2)) && sample
  finish "stopped by $1"
}
trap 'on_signal SIGTERM' TERM
trap 'on_signal SIGINT' INT
trap 'on_signal SIGHUP' HUP

emit "H 1 $interval"$'\n'
clock
next=$now
while :; do
  if [[ -n $watch ]] && ! read -r _ <"/proc/self/fd/$watch"; then
    finish "the job's runner process (pid $RK_WATCH_PID) is gone"
  fi
  sample
  if ((samples % step_samples == 0)); then
    interval=$((interval * 2))
    event slowdown "$samples samples written; interval now $interval ms to bound the file"
  fi
  ((bytes >= max_bytes)) && finish "the recording reached $max_bytes bytes; sampling ended early"
  # Fixed-rate schedule, so ticks do not drift; after a stall (suspended VM) restart from now.
  clock
  next=$((next + interval))
  ((next < now)) && next=$((now + interval))
  wait_ms=$((next - now))
  printf -v wait_s '%d.%03d' $((wait_ms / 1000)) $((wait_ms % 1000))
  read -r -t "$wait_s" -u "$nap"
done
