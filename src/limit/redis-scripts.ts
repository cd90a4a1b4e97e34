/**
 * Lua scripts for the Redis limit store. Each runs atomically on the Redis server (EVALSHA), so replicas sharing
 * one Redis never both take the last unit of a limit. Time comes from Redis (`TIME`), not from the replicas, so
 * clock skew between replicas does not move the windows.
 *
 * Per subject there are four keys: a sorted set of request ids scored by time, a sorted set of token entries
 * (`<id>:<amount>`) scored by time with a running sum in a string key (so the check is O(expired entries), not
 * O(window)), and a sorted set of concurrency slots scored by their expiry.
 */

/** Milliseconds from Redis's clock. */
const NOW = `local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * KEYS: 4 per subject (requests, tokens, token sum, slots). ARGV: window, id, estimate, slot ttl, subject count,
 * then per subject rpm, tpm, concurrency (0 = not limited).
 * Returns {0, 'ok', 0, rate...} when admitted, else {subject index (1-based), kind, retry-after ms, rate...}, where
 * rate is the tightest request and token limits (limit, remaining, reset ms; limit 0: none) after the charge, or as
 * they stood at the refusal (RateSnapshot in limit-store.ts).
 */
export const ADMIT_LUA = `${NOW}
local window = tonumber(ARGV[1]); local id = ARGV[2]; local est = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4]); local n = tonumber(ARGV[5])
local cutoff = now - window
local function amount(member) return tonumber(string.match(member, ':(%d+)$')) or 0 end
local counts, sums = {}, {}
local refused = nil
for i = 0, n - 1 do
  local rk, tk, sk, ck = KEYS[i*4+1], KEYS[i*4+2], KEYS[i*4+3], KEYS[i*4+4]
  local rpm, tpm, conc = tonumber(ARGV[6+i*3]), tonumber(ARGV[7+i*3]), tonumber(ARGV[8+i*3])
  if rpm > 0 then
    redis.call('ZREMRANGEBYSCORE', rk, '-inf', cutoff)
    local c = redis.call('ZCARD', rk)
    counts[i] = c
    if not refused and c >= rpm then
      local e = redis.call('ZRANGE', rk, c - rpm, c - rpm, 'WITHSCORES')
      refused = {i + 1, 'requests', tonumber(e[2]) + window - now}
    end
  end
  if tpm > 0 then
    local old = redis.call('ZRANGEBYSCORE', tk, '-inf', cutoff)
    if #old > 0 then
      local freed = 0
      for _, m in ipairs(old) do freed = freed + amount(m) end
      redis.call('ZREMRANGEBYSCORE', tk, '-inf', cutoff)
      redis.call('DECRBY', sk, freed)
    end
    local sum = tonumber(redis.call('GET', sk) or '0')
    sums[i] = sum
    if not refused then
      if est > tpm then
        refused = {i + 1, 'too_large', 0}
      elseif sum + est > tpm then
        local need = sum + est - tpm; local freed = 0
        local entries = redis.call('ZRANGE', tk, 0, -1, 'WITHSCORES')
        refused = {i + 1, 'tokens', window}
        for j = 1, #entries, 2 do
          freed = freed + amount(entries[j])
          if freed >= need then refused[3] = tonumber(entries[j + 1]) + window - now; break end
        end
      end
    end
  end
  if conc > 0 and not refused then
    redis.call('ZREMRANGEBYSCORE', ck, '-inf', now)
    if redis.call('ZCARD', ck) >= conc then refused = {i + 1, 'concurrency', 1000} end
  end
end
if not refused then
  for i = 0, n - 1 do
    local rk, tk, sk, ck = KEYS[i*4+1], KEYS[i*4+2], KEYS[i*4+3], KEYS[i*4+4]
    local rpm, tpm, conc = tonumber(ARGV[6+i*3]), tonumber(ARGV[7+i*3]), tonumber(ARGV[8+i*3])
    if rpm > 0 then
      redis.call('ZADD', rk, now, id)
      redis.call('PEXPIRE', rk, window)
      counts[i] = counts[i] + 1
    end
    if tpm > 0 then
      redis.call('ZADD', tk, now, id .. ':' .. est)
      redis.call('INCRBY', sk, est)
      redis.call('PEXPIRE', tk, window + ttl)
      redis.call('PEXPIRE', sk, window + ttl)
      sums[i] = sums[i] + est
    end
    if conc > 0 then
      redis.call('ZADD', ck, now + ttl, id)
      redis.call('PEXPIRE', ck, ttl)
    end
  end
end
-- The tightest limit of each kind, and when its oldest counted unit leaves the window.
local rl, rr, ri, tl, tr, ti = 0, 0, nil, 0, 0, nil
for i = 0, n - 1 do
  local rpm, tpm = tonumber(ARGV[6+i*3]), tonumber(ARGV[7+i*3])
  if rpm > 0 then
    local left = math.max(0, rpm - counts[i])
    if ri == nil or left < rr then rl, rr, ri = rpm, left, i end
  end
  if tpm > 0 then
    local left = math.max(0, tpm - sums[i])
    if ti == nil or left < tr then tl, tr, ti = tpm, left, i end
  end
end
local function oldest(key)
  local e = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  if #e == 0 then return 0 end
  return math.max(0, tonumber(e[2]) + window - now)
end
local rs = ri ~= nil and oldest(KEYS[ri*4+1]) or 0
local ts = ti ~= nil and oldest(KEYS[ti*4+2]) or 0
if refused then
  if refused[2] == 'requests' then rs = refused[3] end
  if refused[2] == 'tokens' then ts = refused[3] end
  return {refused[1], refused[2], refused[3], rl, rr, rs, tl, tr, ts}
end
return {0, 'ok', 0, rl, rr, rs, tl, tr, ts}
`;

/**
 * KEYS: token keys (tokens, sum) for each subject with a token quota, then each slot key.
 * ARGV: window, id, estimate, actual, slot ttl, number of token subjects.
 * Replaces the reservation with the real count (charged now) and frees the slots.
 */
export const SETTLE_LUA = `${NOW}
local window = tonumber(ARGV[1]); local id = ARGV[2]; local est = tonumber(ARGV[3]); local actual = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5]); local nt = tonumber(ARGV[6])
for i = 0, nt - 1 do
  local tk, sk = KEYS[i*2+1], KEYS[i*2+2]
  if redis.call('ZREM', tk, id .. ':' .. est) == 1 then redis.call('DECRBY', sk, est) end
  if actual > 0 then
    redis.call('ZADD', tk, now, id .. ':a:' .. actual)
    redis.call('INCRBY', sk, actual)
    redis.call('PEXPIRE', tk, window + ttl)
    redis.call('PEXPIRE', sk, window + ttl)
  end
end
for i = nt * 2 + 1, #KEYS do redis.call('ZREM', KEYS[i], id) end
return 1
`;

/** KEYS: slot keys; ARGV: ttl, then one id per key. Pushes the expiry of slots still held (a heartbeat). */
export const RENEW_LUA = `${NOW}
local ttl = tonumber(ARGV[1])
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], 'XX', now + ttl, ARGV[i + 1])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return 1
`;
