# Shared by scripts/run, scripts/test, scripts/check and scripts/bench. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# java_major DIR -> prints the major version of DIR/bin/java, or nothing.
java_major() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}') || true
  printf '%s' "${v%%.*}"
}

# Finds a JDK >= 21: JAVA_HOME first, then the java on PATH, then /usr/lib/jvm/*. Exports JAVA_HOME.
find_jdk() {
  local candidates=() dir
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in /usr/lib/jvm/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ]; then
      local major; major=$(java_major "$dir")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        export JAVA_HOME="$dir"
        export PATH="$JAVA_HOME/bin:$PATH"
        return 0
      fi
    fi
  done
  echo "错误：找不到 JDK 21 或更高版本。/ Error: no JDK >= 21 found (looked at JAVA_HOME, PATH and /usr/lib/jvm/*)." >&2
  echo "请安装 JDK 21+（例如 apt-get install openjdk-21-jdk 或 Temurin 21），或把 JAVA_HOME 设为它的目录。" >&2
  exit 1
}

need_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "错误：找不到 Maven（mvn）。/ Error: Maven is not installed; install it (apt-get install maven)." >&2
    exit 1
  fi
}

# Builds the portal (skipping tests) unless the jar is newer than every source file.
build_portal() {
  local jar="$ROOT/app/target/portal.jar"
  if [ -f "$jar" ] && [ -z "$(find "$ROOT/pom.xml" "$ROOT/index/pom.xml" "$ROOT/app/pom.xml" "$ROOT/index/src/main" "$ROOT/app/src/main" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  echo "构建中 / building …" >&2
  (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
}

# portal_jvm_flags COMMAND -> sets PORTAL_JVM_FLAGS for running the portal's COMMAND. For `serve`, a class-data
# archive of the classes it loads (JDK 19+ writes it on the first exit and maps it on later starts: start-up to the
# first answer on the laws index went from 2.9 s to 1.8 s), beside the jar it belongs to; the JDK replaces it when
# the jar changes. Only serve gets one: the archive keeps the classes of whichever run wrote it, and other commands
# load different ones. Its log lines are silenced: a stale archive is rebuilt, never an error.
portal_jvm_flags() {
  # The Vector API (an incubator module up to JDK 25) lets Lucene compare vectors and decode postings with SIMD, as
  # its startup warning asks: questions with re-ranking p99 19.9 → 17.9 ms, keyword p99 10.1 → 9.6 ms on the laws index.
  PORTAL_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector)
  if [ "${1:-}" = serve ] && mkdir -p "$ROOT/app/target/cds" 2>/dev/null; then
    PORTAL_JVM_FLAGS+=("-XX:SharedArchiveFile=$ROOT/app/target/cds/serve.jsa" -XX:+AutoCreateSharedArchive
      -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
}

portal() {
  portal_jvm_flags "${1:-}"
  exec "$JAVA_HOME/bin/java" ${PORTAL_JAVA_OPTS:--Xmx512m} "${PORTAL_JVM_FLAGS[@]}" \
    -jar "$ROOT/app/target/portal.jar" "$@"
}
