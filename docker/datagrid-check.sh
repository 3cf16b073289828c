#!/usr/bin/env bash
# Shows, without Docker, that the image's nodes form one Data Grid (docs/operating.md): two domains
# of the Payara Server zip the build downloads, each started the way a container starts, by the
# image's own docker/node-jms.sh (which writes the pre-boot commands of docker/node-datagrid.sh
# from DATAGRID_*), with an entrypoint that runs `asadmin start-domain --prebootcommandfile`
# instead of the image's. Then it asks each node for the grid's members. Loopback only, ports
# 29xxx; it stops everything it started when done.
#
#   docker/datagrid-check.sh [work-dir] [ear]      (default /tmp/datagrid-check; ~/.m2's zip)
#
# Node A alone first (B and a name that does not resolve among its members, as node 1 without
# the cluster profile), then B joins: the grid must be one member, then two, seen from both.
# With an EAR (ear/app/target/marketplace.ear): also one PostgreSQL (Debian's, port 29432) for
# both nodes, the EAR deployed on each, and one user's writes sent alternately to the two nodes
# with a budget of 10: exactly 10 must pass over both, not 20.
# DATAGRID_CHECK_CONTROL=true: the control, nodes started without members (as before the shared
# grid): two grids of one, and the same writes must then pass 20 times (the budget per node).
set -euo pipefail
WORK="${1:-/tmp/datagrid-check}"
EAR="${2:-}"
[ -z "$EAR" ] || EAR="$(cd "$(dirname "$EAR")" && pwd)/$(basename "$EAR")"
cd "$(dirname "$0")"
ZIP="$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip"
PAYARA="$WORK/payara6"
ASADMIN="$PAYARA/bin/asadmin"
# with a name that does not resolve, as compose's payara-2 without the cluster profile
MEMBERS="127.0.0.1:29101,no-such-node.invalid:29301,127.0.0.1:29201"
CLUSTER="marketplace-check-$$"
CONTROL="${DATAGRID_CHECK_CONTROL:-false}"
if [ "$CONTROL" = true ]; then MEMBERS=""; fi
DB_PORT=29432
BUDGET=10

[ -f "$ZIP" ] || { echo "no Payara zip at $ZIP: run mvn -DskipTests package first" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK" && unzip -o -q "$ZIP" -d "$WORK"

# domain1 copied under another name, every port of its DAS moved to 29<n>xx; server-config gets
# its own <jms-service> as the image's build gives it (docker/Dockerfile), else node-jms.sh's
# JMS settings would be dropped
make_domain() {
  local name=$1 n=$2 xml
  cp -r "$PAYARA/glassfish/domains/domain1" "$PAYARA/glassfish/domains/$name"
  xml="$PAYARA/glassfish/domains/$name/config/domain.xml"
  sed -i \
    -e "s/port=\"8080\" protocol=\"http-listener-1\"/port=\"29${n}80\" protocol=\"http-listener-1\"/" \
    -e "s/port=\"8181\" protocol=\"http-listener-2\"/port=\"29${n}81\" protocol=\"http-listener-2\"/" \
    -e "s/port=\"4848\" protocol=\"admin-listener\"/port=\"29${n}48\" protocol=\"admin-listener\"/" \
    -e "s/port=\"3700\" id=\"orb-listener-1\"/port=\"29${n}37\" id=\"orb-listener-1\"/" \
    -e "s/port=\"3820\" id=\"SSL\"/port=\"29${n}38\" id=\"SSL\"/" \
    -e "s/port=\"3920\" id=\"SSL_MUTUALAUTH\"/port=\"29${n}39\" id=\"SSL_MUTUALAUTH\"/" \
    -e "s/port=\"8686\" name=\"system\"/port=\"29${n}86\" name=\"system\"/" \
    -e "0,/name=\"JMS_PROVIDER_PORT\" value=\"7676\"/s//name=\"JMS_PROVIDER_PORT\" value=\"29${n}76\"/" \
    -e "0,/<jvm-options>-Xmx512m</s//<jvm-options>-Xmx1200m</" \
    -e 's|<config name="server-config">|&<jms-service type="EMBEDDED" default-jms-host="default_JMS_host" addresslist-behavior="priority"><jms-host name="default_JMS_host" host="localhost" port="${JMS_PROVIDER_PORT}" admin-user-name="admin" admin-password="admin" lazy-init="true"></jms-host></jms-service>|' \
    "$xml"
  if grep -qE 'port="(8080|8181|4848|3700|3820|3920|8686)"' "$xml"; then
    echo "a port of $name was not moved" >&2; exit 1
  fi
  # the image's script folders: its start scripts, and an entrypoint that starts this domain
  mkdir -p "$WORK/$name/scripts" "$WORK/$name/config"
  cp node-jms.sh node-datagrid.sh "$WORK/$name/scripts/"
  cp broker-accesscontrol.properties "$WORK/$name/config/"
  cat > "$WORK/$name/scripts/entrypoint.sh" <<'EOF'
#!/bin/sh
exec "${PAYARA_DIR}/bin/asadmin" start-domain --prebootcommandfile "${PREBOOT_COMMANDS}" "${DOMAIN_NAME}"
EOF
  chmod 0755 "$WORK/$name/scripts/"*.sh
}

# as the container's command does: node-jms.sh with the node's environment (the embedded,
# secured broker: no JMS_BROKER_HOST here), which ends in the entrypoint
start_node() {
  local name=$1 n=$2
  env SCRIPT_DIR="$WORK/$name/scripts" CONFIG_DIR="$WORK/$name/config" \
    PREBOOT_COMMANDS="$WORK/$name.preboot" PAYARA_DIR="$PAYARA" DOMAIN_NAME="$name" \
    JMS_INTEGRATION_USER=integration JMS_INTEGRATION_PASSWORD=check-only-integration-password \
    DATAGRID_CLUSTER_NAME="$CLUSTER" DATAGRID_MEMBERS="$MEMBERS" DATAGRID_PORT="29${n}01" \
    DATAGRID_ADDRESS=127.0.0.1 DB_APPLICATION_NAME="marketplace-$name" \
    "$WORK/$name/scripts/node-jms.sh" | grep -v '^Waiting'
  echo "== $name's pre-boot commands:"
  grep -v 'admin-password' "$WORK/$name.preboot"
}

members() {
  "$ASADMIN" --port "29${1}48" list-hazelcast-cluster-members
}

start_database() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg" && chmod 0755 "$WORK"
  runuser -u postgres -- "$bin/initdb" -D "$WORK/pg/data" -U marketplace -A trust >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
    -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$DB_PORT" -U marketplace marketplace
  DB_STOP="$bin/pg_ctl"
}

stop_all() {
  "$ASADMIN" stop-domain --kill=true node-a >/dev/null 2>&1 || true
  "$ASADMIN" stop-domain --kill=true node-b >/dev/null 2>&1 || true
  if [ -n "${DB_STOP:-}" ]; then
    runuser -u postgres -- "$DB_STOP" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
trap stop_all EXIT

make_domain node-a 1
make_domain node-b 2
if [ -n "$EAR" ]; then
  start_database
  # what the application reads from its environment (docs/configuration.md); the dev token key
  export DB_URL="jdbc:postgresql://127.0.0.1:${DB_PORT}/marketplace" DB_USER=marketplace \
    DB_PASSWORD=unused-with-trust-auth AUTH_ISSUER=https://marketplace.local/dev \
    AUTH_PUBLIC_KEY_LOCATION=classpath:META-INF/marketplace/dev-token-key.pub.pem \
    AUTH_DEV_MODE=true STRIPE_API_KEY=sk_test_datagrid_check STRIPE_WEBHOOK_SECRET=whsec_check \
    STRIPE_API_BASE=http://127.0.0.1:29111 RATE_LIMIT_WRITES_PER_USER="${BUDGET}/1h" \
    RATE_LIMIT_WRITES_PER_TENANT=off
fi

start_node node-a 1
echo "== node A alone (B named in the members, not started):"
members 1

start_node node-b 2
sleep 5
echo "== seen from node A:"
members 1
echo "== seen from node B:"
members 2
echo "== the grid's size as each node logged it:"
for name in node-a node-b; do
  echo "$name: $(grep -o 'DG Size: [0-9]*' "$PAYARA/glassfish/domains/$name/logs/server.log" | paste -sd ' ')"
done
grep -h 'resolve' "$PAYARA"/glassfish/domains/node-a/logs/server.log | head -n 2 || true

count() { members "$1" | grep -cE ' 29[12]01 ' || true; }
a=$(count 1) b=$(count 2)
echo "members seen: from A ${a}, from B ${b}"
if [ "$CONTROL" = true ]; then
  [ "$a" = 1 ] && [ "$b" = 1 ] && echo "control: two grids of one member" \
    || { echo "control: the nodes found each other" >&2; exit 1; }
else
  [ "$a" = 2 ] && [ "$b" = 2 ] && echo "one grid of two members" || { echo "NOT one grid" >&2; exit 1; }
fi
[ -n "$EAR" ] || exit 0

# one after the other: both would migrate the empty database at once otherwise
for n in 1 2; do
  started=$(date +%s)
  "$ASADMIN" --port "29${n}48" deploy --name marketplace "$EAR"
  echo "node $n: deployed in $(( $(date +%s) - started )) s"
done

# a token of the dev key, for a user and tenant of this run (README's token command)
TENANT=$(cat /proc/sys/kernel/random/uuid) USER_ID=$(cat /proc/sys/kernel/random/uuid)
TOKEN=$(cd .. && mvn -q -Ptoken -pl ear/devserver -am compile \
  -Dexec.args="--user $USER_ID --tenant $TENANT --roles admin" | grep -E '^ey' | tail -n 1)
allowed=0 refused=0 other=""
for i in $(seq 1 $((3 * BUDGET))); do
  n=$(( i % 2 + 1 ))
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"permissionName\":\"enrollment.create\",\"subjectUserId\":\"$(cat /proc/sys/kernel/random/uuid)\",\"canDo\":true}" \
    "http://127.0.0.1:29${n}80/enrollment/v1/permissiongrants")
  case "$status" in 429) refused=$((refused + 1)) ;; *) allowed=$((allowed + 1)); other="$other $status" ;; esac
done
echo "writes by one user, alternately to node A and node B: $((3 * BUDGET)); budget ${BUDGET}/1h;" \
  "allowed ${allowed} (statuses:${other}), refused (429) ${refused}"
expected=$BUDGET
[ "$CONTROL" = true ] && expected=$((2 * BUDGET))
[ "$allowed" = "$expected" ] && echo "allowed ${allowed} as expected (control: ${CONTROL})" \
  || { echo "allowed ${allowed}, expected ${expected} (control: ${CONTROL})" >&2; exit 1; }
