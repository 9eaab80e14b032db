# Sourced by installer/build and installer/test: finds a JDK 25 with jlink and jpackage the way
# ./redress and ./mvnw do (.mvn/find-jdk25: JAVA_HOME, the usual JVM folders, the java on the PATH)
# and exports JAVA_HOME.
if ! JDK="$(NEED_PACKAGER=1 "$(dirname "${BASH_SOURCE[0]}")/../.mvn/find-jdk25")"; then
  echo "packaging Redress needs a Java 25 JDK with jlink and jpackage: install one (for example Eclipse Temurin 25) and set JAVA_HOME to it." >&2
  exit 127
fi
export JAVA_HOME="$JDK"
