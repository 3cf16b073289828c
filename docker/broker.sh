#!/bin/sh
# The one OpenMQ broker that every Payara node of docker/compose.yaml uses (their JMS service is
# REMOTE, docker/node-jms.sh): Payara's own broker (<payara>/mq/bin/imqbrokerd), started on its
# own, secured as docs/messaging.md says for every broker of the project. Before every start:
#   - the user repository is written afresh: no guest, admin (JMS_ADMIN_PASSWORD, which the nodes'
#     jms-host also names), the server's account marketplace (JMS_PASSWORD, which the application
#     logs in with) and the operator's integration account (JMS_INTEGRATION_USER /
#     JMS_INTEGRATION_PASSWORD), which the access rules let send to the reference-data queues only;
#   - the access rules (broker-accesscontrol.properties) are copied beside it.
# The message store stays in MQ_VARHOME (a volume in compose): what a node has not consumed yet
# survives a restart of the broker or of any node.
# Fails closed: without any of the four variables, or with a weak or malformed one, no broker.
set -eu

fail() { echo "broker: $*" >&2; exit 1; }

: "${JMS_ADMIN_PASSWORD:?set JMS_ADMIN_PASSWORD (the broker admin password, 16+ characters)}"
: "${JMS_PASSWORD:?set JMS_PASSWORD (the password of the servers broker account, 16+ characters)}"
: "${JMS_INTEGRATION_USER:?set JMS_INTEGRATION_USER (the integration account of the JMS broker)}"
: "${JMS_INTEGRATION_PASSWORD:?set JMS_INTEGRATION_PASSWORD (its password, 16+ characters)}"

# The admin password also travels in an asadmin command on every node, the server's in the
# application's settings: letters, digits, - _ . ~ only. The integration's as the embedded broker
# has always taken it.
for name in JMS_ADMIN_PASSWORD JMS_PASSWORD JMS_INTEGRATION_PASSWORD; do
  eval "value=\${$name}"
  [ "${#value}" -ge 16 ] || fail "$name must have at least 16 characters"
  case "$name:$value" in
    JMS_INTEGRATION_PASSWORD:*[\"\ ]*) fail "$name may not contain spaces or double quotes" ;;
    JMS_INTEGRATION_PASSWORD:*) ;;
    *:*[!A-Za-z0-9._~-]*) fail "$name may contain only letters, digits and - _ . ~" ;;
  esac
done
[ "$JMS_ADMIN_PASSWORD" != "$JMS_PASSWORD" ] || fail "JMS_ADMIN_PASSWORD and JMS_PASSWORD must differ"
case "$JMS_INTEGRATION_USER" in
  guest|admin|marketplace|*[!A-Za-z0-9._-]*|'')
    fail "JMS_INTEGRATION_USER may not be guest, admin or marketplace, and only letters, digits and - _ ." ;;
esac

MQ_HOME="${MQ_HOME:-${PAYARA_DIR}/mq}"
VARHOME="${MQ_VARHOME:?set MQ_VARHOME (the broker's var home)}"
PORT="${JMS_BROKER_PORT:-7676}"
INSTANCE=imqbroker
ETC="${VARHOME}/instances/${INSTANCE}/etc"
RULES="${BROKER_RULES:-${CONFIG_DIR}/broker-accesscontrol.properties}"

# imqusermgr edits an existing repository only; the broker writes admin + guest when it is missing
mkdir -p "$ETC"
: > "${ETC}/passwd"
user() {
  sh "${MQ_HOME}/bin/imqusermgr" add -u "$1" -p "$2" -g "$3" -i "$INSTANCE" -f -s -varhome "$VARHOME"
}
user admin "$JMS_ADMIN_PASSWORD" admin
user marketplace "$JMS_PASSWORD" user
user "$JMS_INTEGRATION_USER" "$JMS_INTEGRATION_PASSWORD" user
# the integration may only send to the reference-data queues
sed "s/@INTEGRATION_USER@/${JMS_INTEGRATION_USER}/g" "$RULES" > "${ETC}/accesscontrol.properties"

# imq.hostname: the name the nodes reach this container by. The port mapper (PORT) hands clients
# this host with the JMS service's port, so it must resolve on the nodes' side too.
# -Xmx: BROKER_HEAP (OpenMQ's default is 192m).
exec sh "${MQ_HOME}/bin/imqbrokerd" -varhome "$VARHOME" -name "$INSTANCE" -port "$PORT" \
  -Dimq.hostname="${JMS_BROKER_HOSTNAME:-$(hostname)}" \
  -vmargs "-Xms${BROKER_HEAP:-256m} -Xmx${BROKER_HEAP:-256m}" "$@"
