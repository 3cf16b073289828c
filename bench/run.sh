#!/bin/sh
# The marketplace benchmark against the local run (docs/benchmark.md). From the repository root,
# with `RATE_LIMIT_ENABLED=false mvn -Prun verify` running in another terminal:
#   bench/run.sh
# Environment: BASE (http://localhost:8780), DB_URL (jdbc:postgresql://localhost:15432/postgres),
# LEVELS (1,8,32,64), OUT (target/bench). Writes OUT/report.md and OUT/report.svg.
set -eu
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
lib=target/bench/lib
if [ ! -f "$lib/postgresql-$version.jar" ]; then
  mvn -q -B -ntp dependency:copy -Dartifact="org.postgresql:postgresql:$version" -DoutputDirectory="$lib"
fi
exec java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$lib/postgresql-$version.jar" bench/MarketplaceBench.java
