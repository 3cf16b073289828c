#!/bin/sh
# Sets up the node's JMS service, then starts Payara as the image does (the container's command,
# before every start; docs/messaging.md). Two ways:
#
#   - JMS_BROKER_HOST set (docker/compose.yaml): the JMS service is REMOTE, the node starts no
#     broker of its own and uses the one broker every node shares (docker/broker.sh) at
#     JMS_BROKER_HOST:JMS_BROKER_PORT, managing it as admin with JMS_ADMIN_PASSWORD; the
#     application logs in as marketplace with JMS_PASSWORD. All of them required.
#   - otherwise (the image run alone): Payara's embedded broker, made an authenticated boundary:
#     its user repository written afresh (no guest, random admin and server passwords, the
#     operator's JMS_INTEGRATION_USER / JMS_INTEGRATION_PASSWORD), bound to loopback.
#
# Either way through pre-boot commands, after the image's own (baked at build time), and failing
# closed: without the variables its way needs, the server does not start. The same pre-boot
# commands carry the node's Data Grid settings (docker/node-datagrid.sh).
set -eu

fail() { echo "node-jms: $*" >&2; exit 1; }

JMS="configs.config.server-config.jms-service"
HOST="${JMS}.jms-host.default_JMS_host"
# the image's own pre-boot commands, then the node's Data Grid settings (docker/node-datagrid.sh,
# from DATAGRID_* in the environment; it fails, and with it the start, on a malformed value)
base_commands() {
  cat "${CONFIG_DIR}/pre-boot-commands-base.asadmin" 2>/dev/null || true
  "${SCRIPT_DIR}/node-datagrid.sh"
}

# The name this node's database connections carry (PostgreSQL's application_name), so that its
# connection gauges count its own only (docs/observability.md): the container's host name, unless
# the operator names it.
export DB_APPLICATION_NAME="${DB_APPLICATION_NAME:-marketplace-${HOSTNAME:-node}}"

if [ -n "${JMS_BROKER_HOST:-}" ]; then
  : "${JMS_ADMIN_PASSWORD:?set JMS_ADMIN_PASSWORD (the admin password of the broker at JMS_BROKER_HOST)}"
  : "${JMS_PASSWORD:?set JMS_PASSWORD (the password of the servers broker account marketplace)}"
  PORT="${JMS_BROKER_PORT:-7676}"
  # these values go into asadmin commands: nothing that asadmin would split or unquote
  case "$JMS_BROKER_HOST" in *[!A-Za-z0-9.-]*) fail "JMS_BROKER_HOST must be a host name" ;; esac
  case "$PORT" in ''|*[!0-9]*) fail "JMS_BROKER_PORT must be a port number" ;; esac
  case "$JMS_ADMIN_PASSWORD" in
    *[!A-Za-z0-9._~-]*) fail "JMS_ADMIN_PASSWORD may contain only letters, digits and - _ . ~" ;;
  esac
  {
    base_commands
    echo "set ${JMS}.type=REMOTE"
    echo "set ${HOST}.host=${JMS_BROKER_HOST}"
    echo "set ${HOST}.port=${PORT}"
    echo "set ${HOST}.admin-user-name=admin"
    echo "set ${HOST}.admin-password=${JMS_ADMIN_PASSWORD}"
  } > "${PREBOOT_COMMANDS}"
  exec "${SCRIPT_DIR}/entrypoint.sh" "$@"
fi

: "${JMS_INTEGRATION_USER:?set JMS_INTEGRATION_USER (the integration account of the JMS broker)}"
: "${JMS_INTEGRATION_PASSWORD:?set JMS_INTEGRATION_PASSWORD (its password, at least 16 characters)}"
if [ "${#JMS_INTEGRATION_PASSWORD}" -lt 16 ]; then
  fail "JMS_INTEGRATION_PASSWORD must have at least 16 characters"
fi
case "$JMS_INTEGRATION_USER" in
  guest|admin|marketplace|*[*,:\ ]*)
    fail "JMS_INTEGRATION_USER may not be guest, admin or marketplace, nor contain * , : or spaces" ;;
esac
case "$JMS_INTEGRATION_PASSWORD" in
  *[\"\ ]*) fail "JMS_INTEGRATION_PASSWORD may not contain spaces or double quotes" ;;
esac

DOMAIN_DIR="${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME:-domain1}"
VARHOME="${DOMAIN_DIR}/imq"
IMQUSERMGR="${PAYARA_DIR}/mq/bin/imqusermgr"
secret() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
ADMIN_PASSWORD="$(secret)"
APP_PASSWORD="$(secret)"

# imqusermgr edits an existing repository only; the broker keeps one it finds
mkdir -p "${VARHOME}/instances/imqbroker/etc"
: > "${VARHOME}/instances/imqbroker/etc/passwd"
sh "$IMQUSERMGR" add -u admin -p "$ADMIN_PASSWORD" -g admin -f -s -varhome "$VARHOME"
sh "$IMQUSERMGR" add -u marketplace -p "$APP_PASSWORD" -g user -f -s -varhome "$VARHOME"
sh "$IMQUSERMGR" add -u "$JMS_INTEGRATION_USER" -p "$JMS_INTEGRATION_PASSWORD" -g user -f -s \
  -varhome "$VARHOME"
# the integration may only send to the reference-data queues
sed "s/@INTEGRATION_USER@/${JMS_INTEGRATION_USER}/g" "${CONFIG_DIR}/broker-accesscontrol.properties" \
  > "${VARHOME}/instances/imqbroker/etc/accesscontrol.properties"

# every setting this way relies on, also those a REMOTE start of this container would have changed
{
  base_commands
  echo "set ${JMS}.type=EMBEDDED"
  echo "set ${HOST}.host=127.0.0.1"
  echo "set ${HOST}.port=\${JMS_PROVIDER_PORT}"
  echo "set ${HOST}.admin-user-name=admin"
  echo "set ${HOST}.admin-password=${ADMIN_PASSWORD}"
  echo "set ${JMS}.property.imq\\.hostname=127.0.0.1"
} > "${PREBOOT_COMMANDS}"

# the application connects as marketplace with this password (JMS_PASSWORD, docs/messaging.md)
export JMS_PASSWORD="$APP_PASSWORD"
exec "${SCRIPT_DIR}/entrypoint.sh" "$@"
