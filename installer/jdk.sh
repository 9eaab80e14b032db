# Sourced by installer/build and installer/test: finds a JDK 25 the way ./redress does
# (JAVA_HOME, then the usual JVM folders, then the java on the PATH) and exports JAVA_HOME.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1
}

find_jdk25() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d "$dir" ]] && candidates+=("$dir")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in "${candidates[@]}"; do
    # jlink and jpackage too: a JRE or a JDK without jdk.jpackage cannot package.
    if [[ -x "$c/bin/java" && -x "$c/bin/javac" && -x "$c/bin/jlink" && -x "$c/bin/jpackage" \
          && "$(java_major "$c")" == "25" ]]; then
      echo "$c"; return 0
    fi
  done
  return 1
}

if ! JDK="$(find_jdk25)"; then
  echo "packaging Redress needs a Java 25 JDK with jlink and jpackage: install one (for example Eclipse Temurin 25) and set JAVA_HOME to it." >&2
  exit 127
fi
export JAVA_HOME="$JDK"
