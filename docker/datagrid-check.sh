#!/usr/bin/env bash
# Shows, without Docker, that standalone Payara Servers configured by docker/node-datagrid.sh form
# one Data Grid (docs/operating.md): two domains of the Payara Server zip the build downloads, each
# started like a compose node, with the pre-boot command that script prints for it, then asks each
# for the grid's members. Loopback only, ports 29xxx; it stops both domains when done.
#
#   docker/datagrid-check.sh [work-dir]     (default /tmp/datagrid-check; needs ~/.m2's zip)
#
# Node A alone first (B named among the members but not started, as node 1 without the cluster
# profile), then B joins: the grid must be one member, then two, seen from both.
set -euo pipefail
cd "$(dirname "$0")"
WORK="${1:-/tmp/datagrid-check}"
ZIP="$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip"
PAYARA="$WORK/payara6"
ASADMIN="$PAYARA/bin/asadmin"
# with a name that does not resolve, as compose's payara-2 without the cluster profile
MEMBERS="127.0.0.1:29101,no-such-node.invalid:29301,127.0.0.1:29201"
CLUSTER="marketplace-check-$$"

[ -f "$ZIP" ] || { echo "no Payara zip at $ZIP: run mvn -DskipTests package first" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK" && unzip -q "$ZIP" -d "$WORK"

# domain1 copied under another name, every port of its DAS moved to 29<n>xx
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
    "$xml"
  if grep -qE 'port="(8080|8181|4848|3700|3820|3920|8686)"' "$xml"; then
    echo "a port of $name was not moved" >&2; exit 1
  fi
}

# the node's pre-boot commands, exactly as the image's start writes them (node-jms.sh runs
# node-datagrid.sh), with this node's values
start_node() {
  local name=$1 n=$2
  DATAGRID_CLUSTER_NAME="$CLUSTER" DATAGRID_MEMBERS="$MEMBERS" DATAGRID_PORT="29${n}01" \
    DATAGRID_ADDRESS=127.0.0.1 ./node-datagrid.sh > "$WORK/$name.preboot"
  echo "== $name: $(cat "$WORK/$name.preboot")"
  "$ASADMIN" start-domain --prebootcommandfile "$WORK/$name.preboot" "$name"
}

members() {
  local n=$1
  "$ASADMIN" --port "29${n}48" list-hazelcast-cluster-members
}

stop_all() {
  "$ASADMIN" stop-domain --kill=true node-a >/dev/null 2>&1 || true
  "$ASADMIN" stop-domain --kill=true node-b >/dev/null 2>&1 || true
}
trap stop_all EXIT

make_domain node-a 1
make_domain node-b 2

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
[ "$a" = 2 ] && [ "$b" = 2 ] && echo "one grid of two members" || { echo "NOT one grid" >&2; exit 1; }
