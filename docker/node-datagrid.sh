#!/bin/sh
# Prints the asadmin commands that make this Payara Server a member of the nodes' one Domain Data
# Grid (Hazelcast), from the environment. docker/node-jms.sh puts it among the pre-boot commands
# of every start, so it is set before the grid boots (docs/operating.md).
#
# Standalone Payara Servers have no DAS whose domain.xml lists the others, so Payara's default
# discovery ("domain") finds nobody. Payara documents TCP/IP discovery for exactly this, servers
# without a central administration server, e.g. in containers: each node is given the members'
# host:port list and joins whichever of them answers first.
#
#   DATAGRID_MEMBERS       host:port,host:port of the grid's members (this node may be among them;
#                          a name that does not resolve, e.g. a node not started, is skipped).
#                          Empty: this node joins nobody (the image run alone).
#   DATAGRID_CLUSTER_NAME  the grid's name: only members with the same name join (default
#                          marketplace, not Payara's "development", so no other Payara joins)
#   DATAGRID_PORT          the port this node's grid member listens on, fixed (no auto-increment,
#                          so the member list's ports are the ones in use); default 4900
#   DATAGRID_ADDRESS       the address it binds to and announces; empty: Payara picks the
#                          container's own interface (not loopback, not docker0)
#
# Fails closed: a value asadmin would split or that Hazelcast would not parse stops the start.
set -eu

fail() { echo "node-datagrid: $*" >&2; exit 1; }

CLUSTER="${DATAGRID_CLUSTER_NAME:-marketplace}"
MEMBERS="${DATAGRID_MEMBERS:-}"
PORT="${DATAGRID_PORT:-4900}"
ADDRESS="${DATAGRID_ADDRESS:-}"

case "$CLUSTER" in ''|*[!A-Za-z0-9._-]*) fail "DATAGRID_CLUSTER_NAME may contain only letters, digits and - _ ." ;; esac
case "$PORT" in ''|*[!0-9]*) fail "DATAGRID_PORT must be a port number" ;; esac
case "$ADDRESS" in *[!A-Za-z0-9.:-]*) fail "DATAGRID_ADDRESS must be a host name or an IP address" ;; esac
case "$MEMBERS" in *[!A-Za-z0-9.:,-]*) fail "DATAGRID_MEMBERS must be host:port,host:port" ;; esac
for member in $(echo "$MEMBERS" | tr ',' ' '); do
  case "$member" in
    *[!A-Za-z0-9.-]*:*|:*|*:|*:*[!0-9]*) fail "DATAGRID_MEMBERS: '$member' is not host:port" ;;
    *:*) ;;
    *) fail "DATAGRID_MEMBERS: '$member' has no port" ;;
  esac
done

# `set` on the domain's hazelcast-runtime-configuration, the attributes set-hazelcast-configuration
# writes (--clustername, --dasport, --autoIncrementport, --clustermode, --tcpipmembers,
# --dasbindaddress, --daspublicaddress): set-hazelcast-configuration itself, as a pre-boot command,
# changed nothing (Payara 6.2025.9, no error logged), and as a post-boot command it would restart
# the grid after boot. A standalone server is its domain's DAS, so its grid port is the DAS port.
GRID="hazelcast-runtime-configuration"
echo "set ${GRID}.cluster-group-name=${CLUSTER}"
echo "set ${GRID}.das-port=${PORT}"
echo "set ${GRID}.auto-increment-port=false"
# every value, also the defaults: a container restarted with other variables keeps its domain.xml
if [ -n "$MEMBERS" ]; then
  echo "set ${GRID}.discovery-mode=tcpip"
  echo "set ${GRID}.tcpip-members=${MEMBERS}"
else
  echo "set ${GRID}.discovery-mode=domain"
fi
echo "set ${GRID}.das-bind-address=${ADDRESS}"
echo "set ${GRID}.das-public-address=${ADDRESS}"
