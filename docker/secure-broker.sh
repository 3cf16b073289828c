#!/bin/sh
# Makes the embedded OpenMQ broker an authenticated boundary, then starts Payara as the image does.
# Runs as the container's command, before every start (docs/messaging.md):
#   - the broker's user repository is written afresh: no guest, admin with a random password, the
#     server's own account (random password) and the operator's integration account, which the
#     access rules (broker-accesscontrol.properties) let send to the reference-data queues only;
#   - pre-boot commands bind the broker to loopback; the server's own password reaches the
#     application as JMS_PASSWORD.
# Fails closed: without JMS_INTEGRATION_USER and JMS_INTEGRATION_PASSWORD the server does not start.
set -eu

: "${JMS_INTEGRATION_USER:?set JMS_INTEGRATION_USER (the integration account of the JMS broker)}"
: "${JMS_INTEGRATION_PASSWORD:?set JMS_INTEGRATION_PASSWORD (its password, at least 16 characters)}"
if [ "${#JMS_INTEGRATION_PASSWORD}" -lt 16 ]; then
  echo "JMS_INTEGRATION_PASSWORD must have at least 16 characters" >&2
  exit 1
fi
case "$JMS_INTEGRATION_USER" in
  guest|admin|marketplace|*[*,:\ ]*)
    echo "JMS_INTEGRATION_USER may not be guest, admin or marketplace, nor contain * , : or spaces" >&2
    exit 1 ;;
esac
case "$JMS_INTEGRATION_PASSWORD" in
  *[\"\ ]*) echo "JMS_INTEGRATION_PASSWORD may not contain spaces or double quotes" >&2; exit 1 ;;
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

# the image's own pre-boot commands (baked at build time), then the broker's, fresh every start
JMS="configs.config.server-config.jms-service"
{
  cat "${CONFIG_DIR}/pre-boot-commands-base.asadmin" 2>/dev/null || true
  echo "set ${JMS}.jms-host.default_JMS_host.host=127.0.0.1"
  echo "set ${JMS}.jms-host.default_JMS_host.admin-user-name=admin"
  echo "set ${JMS}.jms-host.default_JMS_host.admin-password=${ADMIN_PASSWORD}"
  echo "set ${JMS}.property.imq\\.hostname=127.0.0.1"
} > "${PREBOOT_COMMANDS}"

# the application connects as marketplace with this password (JMS_PASSWORD, docs/messaging.md)
export JMS_PASSWORD="$APP_PASSWORD"
exec "${SCRIPT_DIR}/entrypoint.sh" "$@"
