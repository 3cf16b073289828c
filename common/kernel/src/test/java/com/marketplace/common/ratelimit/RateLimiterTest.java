package com.marketplace.common.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limiter on real Hazelcast JCache members (the grid Payara embeds), two of them in one cluster
 * as two server nodes would be: each request is drawn from a bucket that lives in the grid.
 */
class RateLimiterTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID OTHER_TENANT = UUID.randomUUID();
  private static final RateLimitSettings SETTINGS =
      RateLimitSettings.read(
          key ->
              Optional.ofNullable(
                  Map.of(
                          "RATE_LIMIT_WRITES_PER_USER", "3/1h",
                          "RATE_LIMIT_WRITES_PER_TENANT", "5/1h",
                          "RATE_LIMIT_PAYMENTS_PER_USER", "1/1s",
                          "RATE_LIMIT_EXPENSIVE_READS_PER_USER", "10/1h")
                      .get(key)));

  private static final List<HazelcastInstance> members = new ArrayList<>();
  private static RateLimiter nodeOne;
  private static RateLimiter nodeTwo;

  @BeforeAll
  static void startTwoMembers() {
    nodeOne = limiterOn(member());
    nodeTwo = limiterOn(member());
    assertThat(members.get(0).getCluster().getMembers().size(), is(2));
  }

  @AfterAll
  static void stopMembers() {
    members.forEach(member -> member.getLifecycleService().terminate());
  }

  @Test
  void refusesAUsersRequestOnceTheirBudgetIsSpentWhicheverNodeCounted() {
    UUID user = UUID.randomUUID();
    UUID tenant = UUID.randomUUID();
    assertThat(nodeOne.acquire(tenant, user, RouteClass.WRITES).isEmpty(), is(true));
    assertThat(nodeTwo.acquire(tenant, user, RouteClass.WRITES).isEmpty(), is(true));
    assertThat(nodeOne.acquire(tenant, user, RouteClass.WRITES).isEmpty(), is(true));

    RateLimiter.Refusal refusal = nodeTwo.acquire(tenant, user, RouteClass.WRITES).orElseThrow();
    assertThat(refusal.scope(), is("user"));
    // 3 an hour: the next token comes in 20 minutes
    assertThat(refusal.retryAfterSeconds(), greaterThanOrEqualTo(1190L));
    assertThat(refusal.retryAfterSeconds(), lessThanOrEqualTo(1200L));
  }

  @Test
  void anotherUserOfTheTenantKeepsTheirOwnBudgetUntilTheTenantsIsSpent() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      nodeOne.acquire(TENANT, first, RouteClass.WRITES);
    }
    assertThat(nodeOne.acquire(TENANT, first, RouteClass.WRITES).isPresent(), is(true));

    assertThat(nodeTwo.acquire(TENANT, second, RouteClass.WRITES).isEmpty(), is(true));
    assertThat(nodeOne.acquire(TENANT, second, RouteClass.WRITES).isEmpty(), is(true));
    RateLimiter.Refusal refusal =
        nodeTwo.acquire(TENANT, second, RouteClass.WRITES).orElseThrow(); // 6th of the tenant
    assertThat(refusal.scope(), is("tenant"));

    assertThat(
        nodeOne.acquire(OTHER_TENANT, UUID.randomUUID(), RouteClass.WRITES).isEmpty(), is(true));
  }

  @Test
  void concurrentRequestsOnBothNodesNeverOverspendABudget() throws Exception {
    UUID tenant = UUID.randomUUID();
    UUID user = UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      RateLimiter node = i % 2 == 0 ? nodeOne : nodeTwo;
      answers.add(
          pool.submit(() -> node.acquire(tenant, user, RouteClass.EXPENSIVE_READS).isEmpty()));
    }
    int granted = 0;
    for (Future<Boolean> answer : answers) {
      granted += answer.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(granted, is(10)); // EXPENSIVE_READS_PER_USER=10/1h
  }

  @Test
  void routeClassesHaveSeparateBudgets() {
    UUID user = UUID.randomUUID();
    UUID tenant = UUID.randomUUID();
    assertThat(nodeOne.acquire(tenant, user, RouteClass.PAYMENTS).isEmpty(), is(true));
    assertThat(nodeTwo.acquire(tenant, user, RouteClass.PAYMENTS).isPresent(), is(true));
    assertThat(nodeOne.acquire(tenant, user, RouteClass.WRITES).isEmpty(), is(true));
  }

  @Test
  void unlimitedClassesAreNeverRefused() {
    UUID user = UUID.randomUUID();
    for (int i = 0; i < 50; i++) {
      assertThat(nodeOne.acquire(TENANT, user, RouteClass.READS).isEmpty(), is(true));
    }
  }

  @Test
  void aBudgetRefillsWithTime() throws Exception {
    UUID user = UUID.randomUUID();
    UUID tenant = UUID.randomUUID();
    assertThat(nodeOne.acquire(tenant, user, RouteClass.PAYMENTS).isEmpty(), is(true));
    RateLimiter.Refusal refusal = nodeOne.acquire(tenant, user, RouteClass.PAYMENTS).orElseThrow();
    assertThat(refusal.retryAfterSeconds(), is(1L));

    Thread.sleep(1_100);
    assertThat(nodeTwo.acquire(tenant, user, RouteClass.PAYMENTS).isEmpty(), is(true));
  }

  /**
   * A member on the first free port from 5851; the second joins the first at the port it really
   * got, so that another build on the machine holding 5851 changes nothing.
   */
  private static HazelcastInstance member() {
    Config config = new Config().setClusterName("rate-limit-test-" + ProcessHandle.current().pid());
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "none");
    config.getNetworkConfig().setPort(5851).setPortAutoIncrement(true).setPortCount(200);
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    members.stream()
        .findFirst()
        .ifPresent(
            first ->
                join.getTcpIpConfig()
                    .addMember(
                        "127.0.0.1:" + first.getCluster().getLocalMember().getAddress().getPort()));
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
    members.add(member);
    return member;
  }

  private static RateLimiter limiterOn(HazelcastInstance member) {
    var manager = new HazelcastServerCachingProvider(member).getCacheManager();
    Cache<String, byte[]> cache = manager.getCache(ClusterRateLimits.CACHE);
    if (cache == null) {
      cache = manager.createCache(ClusterRateLimits.CACHE, new MutableConfiguration<>());
    }
    return new RateLimiter(new JCacheCompareAndSwapBuckets(cache), SETTINGS);
  }
}
