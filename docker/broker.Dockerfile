# The one OpenMQ broker of docker/compose.yaml, which every Payara node uses (their JMS service is
# REMOTE; docs/operating.md). The broker is Payara's own, from the same distribution as the nodes
# (<payara>/mq: the same OpenMQ version as their resource adapter, and image layers the nodes'
# image already has). Built from the docker/ directory alone:
#   docker build -f docker/broker.Dockerfile -t marketplace-broker docker
FROM payara/server-full:6.2025.9-jdk17

# The broker's var home (user repository, access rules, message store): a volume in compose, so
# that a message no node has consumed yet outlives the container.
ENV MQ_VARHOME=/opt/payara/mq-var \
    JMS_BROKER_HOSTNAME=broker
RUN mkdir -p "${MQ_VARHOME}"

COPY --chown=payara:payara broker.sh ${SCRIPT_DIR}/broker.sh
COPY --chown=payara:payara broker-accesscontrol.properties ${CONFIG_DIR}/broker-accesscontrol.properties
RUN chmod 0755 ${SCRIPT_DIR}/broker.sh

# 7676: OpenMQ's port mapper, which hands clients the JMS service's (dynamic) port
EXPOSE 7676
# tini -g: docker stop's SIGTERM reaches the broker's JVM too (imqbrokerd is a shell script
# around it), which then shuts down cleanly instead of being killed at the end of the grace period
ENTRYPOINT ["/tini", "-g", "--"]
CMD ["/opt/payara/scripts/broker.sh"]
