package dev.rta.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure function for the keys asked most recently, at most {@code capacity} of them: a server
 * asked the same question many times (a team's shared permalink, a dashboard polling the API) computes it once.
 * Safe to share between threads.
 */
public final class RecentResults<K, V> {
  private final Map<K, V> results;

  public RecentResults(int capacity) {
    this.results = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The remembered result for the key, or the function's, remembered. */
  public V get(K key, Function<K, V> compute) {
    synchronized (results) {
      V known = results.get(key);
      if (known != null) {
        return known;
      }
    }
    V value = compute.apply(key); // outside the lock: two threads may compute the same key once each
    synchronized (results) {
      results.put(key, value);
    }
    return value;
  }
}
