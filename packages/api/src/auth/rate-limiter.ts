// Per-token rate limits: a token bucket per bearer token, refilled continuously, so a client may
// burst up to the limit and then runs at the steady rate. In this process's memory: with several
// processes, each allows the limit (see README).
export interface RateLimiter {
  /** Takes one request from the token's bucket: 0 if allowed, else the seconds to wait. */
  take(key: string): number;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = perMinute / 60_000;
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: t };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * ratePerMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (buckets.size > 100_000) buckets.delete(buckets.keys().next().value!); // bounded memory under a flood of tokens
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / ratePerMs / 1000);
    },
  };
}
