package com.marketplace.common.ratelimit;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.cache.Cache;

/**
 * Bucket4j's buckets in a JCache cache by compare-and-swap: read the bucket's bytes, compute, and
 * {@code replace(key, old, new)} (or {@code putIfAbsent} for a new bucket), retried by Bucket4j
 * when another node got there first.
 *
 * <p>Why not Bucket4j's own JCache proxy manager ({@code bucket4j-jcache}): it sends an entry
 * processor, a class of the application, to whichever cluster member owns the key, which must then
 * load that class on one of Hazelcast's own threads, outside the application's class loader; Payara
 * has a history of ClassNotFoundExceptions there (payara/Payara#759). Here only strings and byte
 * arrays travel, which every member can read without the application.
 */
final class JCacheCompareAndSwapBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

  private final Cache<String, byte[]> cache;

  JCacheCompareAndSwapBuckets(Cache<String, byte[]> cache) {
    super(ClientSideConfig.getDefault());
    this.cache = cache;
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    return new CompareAndSwapOperation() {
      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
        return Optional.ofNullable(cache.get(key));
      }

      @Override
      public boolean compareAndSwap(
          byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
        return original == null
            ? cache.putIfAbsent(key, updated)
            : cache.replace(key, original, updated);
      }
    };
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    throw new UnsupportedOperationException("The rate limits use the synchronous API only");
  }

  @Override
  public boolean isAsyncModeSupported() {
    return false;
  }

  @Override
  public void removeProxy(String key) {
    cache.remove(key);
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    throw new UnsupportedOperationException("The rate limits use the synchronous API only");
  }
}
