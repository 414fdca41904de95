# The HTTP part of scripts/bench (sourced, not run): serves the index `portal bench` left in $OUT/serve-index, then
# measures start-up, wrk at 1, 8 and 64 connections, hey at half the peak rate, memory and index size, and writes
# $OUT/http.md. Needs wrk and hey (installed with apt-get when missing).

need_load_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v hey >/dev/null 2>&1 || missing+=(hey)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} …" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2 && apt-get install -y -qq "${missing[@]}" >&2
  else
    sudo apt-get update -qq >&2 && sudo apt-get install -y -qq "${missing[@]}" >&2
  fi
}

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# start_server OUT PORT [INDEX [SEMANTIC]] -> sets SERVER_PID and STARTUP_MS (launch to the first 200 of a search).
# INDEX defaults to OUT/serve-index; SEMANTIC (default off) is PORTAL_SEMANTIC for the server.
start_server() {
  local out=$1 port=$2 index=${3:-$1/serve-index} semantic=${4:-off} t0 code
  t0=$(date +%s%N)
  # Semantic reranking off unless asked: the perf section's serve-index has no document vectors (embedding 147k
  # articles takes far longer than the bench), so the server searches exactly as the in-process figures did.
  portal_jvm_flags serve
  PORTAL_SEMANTIC=$semantic "$JAVA_HOME/bin/java" -Xmx512m "${PORTAL_JVM_FLAGS[@]}" -jar "$ROOT/app/target/portal.jar" serve \
    --content "$ROOT/content" --index "$index" --port "$port" --rate-limit 0 --search-log off \
    >"$out/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/search?q=%E8%A1%A5%E8%B4%B4" || true)
    if [ "$code" = 200 ]; then
      STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited; see $out/server.log" >&2; return 1; }
    sleep 0.05
  done
  echo "the server did not answer within 60 s" >&2
  return 1
}

# run_wrk PORT PATHS CONNECTIONS SECONDS -> one BENCH line
run_wrk() {
  local port=$1 paths=$2 conns=$3 secs=$4 threads=2
  [ "$conns" -lt 2 ] && threads=1
  wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s -s "$ROOT/scripts/bench-wrk.lua" "http://127.0.0.1:$port" -- "$paths" \
    | grep '^BENCH'
}

# field LINE NAME -> the value of NAME=… in a BENCH line
field() { sed -E "s/.* $2=([0-9]+).*/\1/" <<<"$1"; }

# wrk_figures LINE -> sets rps, p50, p99, max (ms) and errs from one BENCH line
wrk_figures() {
  local line=$1
  rps=$(awk -v r="$(field "$line" requests)" -v d="$(field "$line" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  p50=$(awk -v v="$(field "$line" p50_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  p99=$(awk -v v="$(field "$line" p99_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  max=$(awk -v v="$(field "$line" max_us)" 'BEGIN { printf "%.1f", v / 1000 }')
  errs=$(( $(field "$line" connect) + $(field "$line" read) + $(field "$line" write) + $(field "$line" status) + $(field "$line" timeout) ))
}

# run_hey PORT PATHS RATE SECONDS -> "count p50_ms p99_ms errors achieved_rate": 64 hey processes, one URL of the mix
# each (hey sends one URL), one worker each, together at RATE requests/s, open loop: the first 64 URLs of the mix (it
# is in a seeded random order), as many different queries as wrk's largest run has connections.
run_hey() {
  local port=$1 paths=$2 rate=$3 secs=$4 dir procs=64 per pids=()
  dir=$(mktemp -d)
  per=$(awk -v r="$rate" -v n="$procs" 'BEGIN { printf "%.2f", r / n }')
  local i=0
  while read -r path && [ $i -lt $procs ]; do
    hey -z "${secs}s" -c 1 -q "$per" -o csv "http://127.0.0.1:$port$path" >"$dir/$i.csv" 2>/dev/null &
    pids+=($!)
    i=$((i + 1))
  done <"$paths"
  wait "${pids[@]}"
  local n err
  cat "$dir"/*.csv | awk -F, '$1 ~ /^[0-9.]+$/ { print $1 * 1000 }' | sort -n >"$dir/times"
  n=$(wc -l <"$dir/times")
  err=$(cat "$dir"/*.csv | awk -F, '$1 ~ /^[0-9.]+$/ && $7 != 200 { e++ } END { print e + 0 }')
  awk -v n="$n" -v err="$err" -v secs="$secs" '
    { t[NR] = $1 }
    END {
      i50 = int(n * 0.50); if (i50 < n * 0.50) i50++; i99 = int(n * 0.99); if (i99 < n * 0.99) i99++;
      printf "%d %.2f %.2f %d %.0f\n", n, t[i50], t[i99], err, n / secs
    }' "$dir/times"
  rm -rf "$dir"
}

verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi; }

# bench_http_semantic OUT PORT SECONDS -> Markdown: questions over HTTP with the model on, against the index with
# document vectors the perf section's semantic part left, at 1 connection (the target) and 8.
bench_http_semantic() {
  local out=$1 port=$2 secs=$3 p50 p99 max rps errs
  start_server "$out" "$port" "$out/semantic-index" on || return 1
  # The model loads in the background (questions are lexical until then); the warm-up covers it.
  sleep 3
  run_wrk "$port" "$out/question.paths" 8 "$((secs / 2 + 1))" >/dev/null
  echo
  echo "Questions with semantic re-ranking (\`portal serve\` with the model on, over the index with document vectors):"
  echo
  echo "| queries | connections | requests/s | p50 ms | p99 ms | max ms | errors | limit |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for conns in 1 8; do
    echo "[bench] wrk: questions with re-ranking, $conns connection(s)" >&2
    wrk_figures "$(run_wrk "$port" "$out/question.paths" "$conns" "$secs")"
    local limit="errors = 0: $(verdict "$errs == 0")"
    [ "$conns" = 1 ] && limit="$limit; p99 < 20 ms: $(verdict "$p99 < 20")"
    echo "| question, re-ranked | $conns | $rps | $p50 | $p99 | $max | $errs | $limit |"
  done
  grep -q "Semantic search: .* loaded" "$out/server.log" || echo "(the model did not report loading: see $out/server.log)"
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
}

# bench_http_run OUT SECONDS LIMITS(yes|no)
bench_http_run() {
  local out=$1 secs=$2 limits=$3 port rps p50 p99 max errs
  for f in serve-index keyword.paths question.paths inprocess.tsv; do
    [ -e "$out/$f" ] || { echo "missing $out/$f: run the perf section first (scripts/bench perf)" >&2; return 2; }
  done
  need_load_tools
  port=$(free_port)
  # Start-up twice: the first start after a build runs without a class-data archive and writes one as it stops
  # (see portal_jvm_flags); later starts map it. The second server stays up for the load runs.
  rm -f "$ROOT/app/target/cds/serve.jsa"
  start_server "$out" "$port" || return 2
  local first_start_ms=$STARTUP_MS
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  start_server "$out" "$port" || return 2
  local rebuilt="no"
  grep -q "index rebuilt" "$out/server.log" && rebuilt="**yes (start-up includes a rebuild)**"
  local md="$out/http.md"
  {
    echo
    echo "## Over HTTP"
    echo
    echo "Load average before: $(cut -d' ' -f1 /proc/loadavg). \`portal serve\` (\`-Xmx512m\`, access log on, rate limit off, \`PORTAL_SEMANTIC=off\`) on the index above, loaded by wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}') and hey on the same 2-core machine (the load generators take CPU from the server). Each wrk run cycles through the URL-encoded mix for ${secs} s after a warm-up."
    echo
    echo "| queries | connections | requests/s | p50 ms | p99 ms | max ms | errors | limit |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  } >"$md"
  run_wrk "$port" "$out/keyword.paths" 8 "$((secs / 2 + 1))" >/dev/null # warm-up
  local -A peak
  for mix in keyword question; do
    peak[$mix]=0
    for conns in 1 8 64; do
      echo "[bench] wrk: $mix queries, $conns connection(s)" >&2
      wrk_figures "$(run_wrk "$port" "$out/$mix.paths" "$conns" "$secs")"
      local limit="errors = 0: $(verdict "$errs == 0")"
      if [ "$mix" = keyword ] && [ "$conns" = 1 ]; then
        limit="$limit; p99 < 5 ms$( [ "$limits" = yes ] && echo ": $(verdict "$p99 < 5")" || echo " (target for the laws corpus)")"
      fi
      echo "| $mix | $conns | $rps | $p50 | $p99 | $max | $errs | $limit |" >>"$md"
      [ "$rps" -gt "${peak[$mix]}" ] && peak[$mix]=$rps
      [ "$conns" = 64 ] && eval "at64_$mix=$rps"
    done
  done
  {
    echo
    echo "| queries | HTTP at 64 connections | in process, 2 threads | ratio | limit |"
    echo "| --- | ---: | ---: | ---: | --- |"
  } >>"$md"
  for mix in keyword question; do
    local inproc at64 ratio
    inproc=$(awk -v m="$mix" '$1 == m { printf "%.0f", $2 }' "$out/inprocess.tsv")
    at64=$(eval echo "\$at64_$mix")
    ratio=$(awk -v a="$at64" -v b="$inproc" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| $mix | $at64 | $inproc | $ratio | ≥ 0.60: $(verdict "$ratio >= 0.60") |" >>"$md"
  done
  {
    echo
    echo "Latency under moderate load: hey at half the peak wrk throughput, open loop (a fixed rate, whatever the answers take), 64 processes with one URL of the mix each (hey sends a single URL), ${secs} s."
    echo
    echo "| queries | target rate (req/s) | achieved | requests | p50 ms | p99 ms | errors | limit |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  } >>"$md"
  for mix in keyword question; do
    local rate=$(( peak[$mix] / 2 )) res n hp50 hp99 herr achieved limit
    echo "[bench] hey: $mix queries at $rate requests/s" >&2
    res=$(run_hey "$port" "$out/$mix.paths" "$rate" "$secs")
    read -r n hp50 hp99 herr achieved <<<"$res"
    limit="errors = 0: $(verdict "$herr == 0")"
    if [ "$mix" = keyword ]; then
      limit="$limit; p99 < 10 ms$( [ "$limits" = yes ] && echo ": $(verdict "$hp99 < 10")" || echo " (target for the laws corpus)")"
    fi
    echo "| $mix | $rate | $achieved | $n | $hp50 | $hp99 | $herr | $limit |" >>"$md"
  done
  local hwm rss anon file heap size
  hwm=$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$SERVER_PID/status")
  anon=$(awk '/^RssAnon/ { print int($2 / 1024) }' "/proc/$SERVER_PID/status")
  file=$(awk '/^RssFile/ { print int($2 / 1024) }' "/proc/$SERVER_PID/status")
  heap=$("$JAVA_HOME/bin/jcmd" "$SERVER_PID" GC.heap_info 2>/dev/null | awk '/total.*used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }')
  size=$(du -sm "$out/serve-index" | awk '{ print $1 }')
  local t0 stop_ms
  t0=$(date +%s%N)
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  stop_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  {
    echo
    echo "| measure | value | limit |"
    echo "| --- | ---: | --- |"
    echo "| start-up to the first 200 of a search, existing index, first start after a build (no class-data archive yet) | $first_start_ms ms | < 3 s: $(verdict "$first_start_ms < 3000") |"
    echo "| start-up to the first 200 of a search, existing index, later starts (class-data archive) | $STARTUP_MS ms (rebuilt: $rebuilt) | < 3 s: $(verdict "$STARTUP_MS < 3000") |"
    echo "| peak resident memory (VmHWM), after all runs | $hwm MB | < 768 MB: $(verdict "$hwm < 768") |"
    echo "| resident at the end: anonymous (heap, code, stacks) / file-backed (memory-mapped index) | $anon MB / $file MB | – |"
    echo "| Java heap used at the end (jcmd GC.heap_info), of -Xmx512m | ${heap:-?} MB | – |"
    echo "| index on disk | $size MB | – |"
    echo "| graceful stop (SIGTERM to exit) | $stop_ms ms | – |"
    echo
    echo "Load average after: $(cut -d' ' -f1 /proc/loadavg)."
  } >>"$md"
  if [ -d "$out/semantic-index" ]; then
    bench_http_semantic "$out" "$port" "$secs" >>"$md" || return 2
  fi
  cat "$out/perf.md" "$md" >"$out/report.md"
  cat "$md"
  echo "report: $out/report.md" >&2
}
