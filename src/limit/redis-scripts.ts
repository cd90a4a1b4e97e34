/**
 * Lua scripts for the Redis limit store (redis-limit-store.ts). Each runs atomically on the Redis server
 * (EVALSHA), so replicas sharing one Redis never both take the last unit of a limit. Time comes from Redis
 * (`TIME`), not from the replicas, so clock skew between replicas does not move the windows.
 *
 * Per subject there are six keys:
 * - `:rq` / `:rqs`: a sorted set of request-unit entries (`<lease>:<amount>`) scored by time, and their running
 *   sum (so a check costs O(expired entries), not O(window));
 * - `:tk` / `:tks`: the same for tokens;
 * - `:cc` / `:ccx`: concurrency slots, a hash of holder (replica) → slots held, and a sorted set of holder →
 *   expiry that the holder renews (a replica that crashed stops renewing; its slots free themselves).
 * A replica takes units in *leases* (more than one call needs when the limit leaves room, see LEASE_LUA) and
 * spends them without asking Redis again; it gives back what it did not use, and re-dates what it used.
 */

/** Milliseconds from Redis's clock. */
const NOW = `local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** Shared helpers: the amount in a member, trimming a summed set, when enough units leave, concurrency holders. */
const HELPERS = `
local function amount(member) return tonumber(string.match(member, ':(%d+)$')) or 0 end
local function trim(z, s, cutoff)
  local old = redis.call('ZRANGEBYSCORE', z, '-inf', cutoff)
  if #old > 0 then
    local freed = 0
    for _, m in ipairs(old) do freed = freed + amount(m) end
    redis.call('ZREMRANGEBYSCORE', z, '-inf', cutoff)
    return redis.call('DECRBY', s, freed)
  end
  return tonumber(redis.call('GET', s) or '0')
end
local function freed_in(z, need, window, now)
  local entries = redis.call('ZRANGE', z, 0, -1, 'WITHSCORES'); local freed = 0
  for j = 1, #entries, 2 do
    freed = freed + amount(entries[j])
    if freed >= need then return math.max(0, tonumber(entries[j + 1]) + window - now) end
  end
  return window
end
local function oldest(z)
  local e = redis.call('ZRANGE', z, 0, 0, 'WITHSCORES')
  if #e == 0 then return 0 end
  return tonumber(e[2])
end
local function holders(c, x, now)
  local gone = redis.call('ZRANGEBYSCORE', x, '-inf', now)
  if #gone > 0 then
    redis.call('HDEL', c, unpack(gone))
    redis.call('ZREMRANGEBYSCORE', x, '-inf', now)
  end
  local sum = 0
  for _, v in ipairs(redis.call('HVALS', c)) do sum = sum + tonumber(v) end
  return sum
end
`;

/**
 * One round trip that settles what a replica gives back and takes what its calls need.
 *
 * KEYS: 6 per claimed subject (rq, rqs, tk, tks, cc, ccx); then 2 per returned lease (its set and sum key); then 2
 * per concurrency release (cc, ccx).
 * ARGV: window, holder (replica id), slot ttl, lease id, share (0: no surplus), subjects, returns, releases; then
 * per subject: rpm, tpm, concurrency (0 = not limited), request, token and slot units needed (0 = none);
 * per return: member, amount granted, amount used, when last used (Redis ms; 0 = now); per release: slots.
 *
 * Returns are applied first: the lease's entry is replaced by one of the amount used, dated when it was last used
 * (later than any of its uses, so no use leaves the window early); an entry that already left the window is not
 * counted again. Then every subject is checked for what the call needs, and only when all pass is anything
 * granted: the need, plus `floor(left / share)` more when `share` > 0 (what is left after the need; so a limit
 * with little room left is granted exactly what the call needs, and a replica never holds more than 1/share of
 * what was left). Reply: {now, refused subject (1-based, 0: none), kind, retry ms, then per subject: requests
 * granted, sum, oldest entry; tokens granted, sum, oldest entry; slots granted, slots held by all}.
 */
export const LEASE_LUA = `${NOW}
${HELPERS}
local window = tonumber(ARGV[1]); local holder = ARGV[2]; local ttl = tonumber(ARGV[3]); local lease = ARGV[4]
local share = tonumber(ARGV[5]); local n = tonumber(ARGV[6]); local nr = tonumber(ARGV[7]); local nc = tonumber(ARGV[8])
local cutoff = now - window
local a = 9 + n * 6
local k = n * 6 + 1
for r = 0, nr - 1 do
  local z, s = KEYS[k], KEYS[k + 1]
  local member, granted, used, at = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
  if at <= 0 or at > now then at = now end
  if redis.call('ZREM', z, member) == 1 then redis.call('DECRBY', s, granted) end
  if used > 0 and at > cutoff then
    redis.call('ZADD', z, at, member .. ':u:' .. used)
    redis.call('INCRBY', s, used)
    redis.call('PEXPIRE', z, window + ttl)
    redis.call('PEXPIRE', s, window + ttl)
  end
  k = k + 2; a = a + 4
end
for r = 0, nc - 1 do
  local c, x = KEYS[k], KEYS[k + 1]
  if redis.call('HINCRBY', c, holder, -tonumber(ARGV[a])) <= 0 then
    redis.call('HDEL', c, holder)
    redis.call('ZREM', x, holder)
  end
  k = k + 2; a = a + 1
end
local out = {now, 0, 'ok', 0}
local sums, refused = {}, nil
for i = 0, n - 1 do
  local p = 9 + i * 6
  local rpm, tpm, conc = tonumber(ARGV[p]), tonumber(ARGV[p + 1]), tonumber(ARGV[p + 2])
  local nrq, ntk, ncc = tonumber(ARGV[p + 3]), tonumber(ARGV[p + 4]), tonumber(ARGV[p + 5])
  local b = i * 6
  local rs = rpm > 0 and trim(KEYS[b + 1], KEYS[b + 2], cutoff) or 0
  local ts = tpm > 0 and trim(KEYS[b + 3], KEYS[b + 4], cutoff) or 0
  local cs = conc > 0 and holders(KEYS[b + 5], KEYS[b + 6], now) or 0
  sums[i] = {rs, ts, cs}
  if not refused then
    if nrq > 0 and rs + nrq > rpm then
      refused = {i + 1, 'requests', freed_in(KEYS[b + 1], rs + nrq - rpm, window, now)}
    elseif ntk > 0 and ntk > tpm then
      refused = {i + 1, 'too_large', 0}
    elseif ntk > 0 and ts + ntk > tpm then
      refused = {i + 1, 'tokens', freed_in(KEYS[b + 3], ts + ntk - tpm, window, now)}
    elseif ncc > 0 and cs + ncc > conc then
      refused = {i + 1, 'concurrency', 1000}
    end
  end
end
local function grant(limit, sum, need)
  if need <= 0 then return 0 end
  if share <= 0 then return need end
  return need + math.max(0, math.floor((limit - sum - need) / share))
end
for i = 0, n - 1 do
  local p = 9 + i * 6
  local rpm, tpm, conc = tonumber(ARGV[p]), tonumber(ARGV[p + 1]), tonumber(ARGV[p + 2])
  local b = i * 6
  local rs, ts, cs = sums[i][1], sums[i][2], sums[i][3]
  local gr, gt, gc = 0, 0, 0
  if not refused then
    gr = grant(rpm, rs, tonumber(ARGV[p + 3]))
    gt = grant(tpm, ts, tonumber(ARGV[p + 4]))
    gc = grant(conc, cs, tonumber(ARGV[p + 5]))
    if gr > 0 then
      redis.call('ZADD', KEYS[b + 1], now, lease .. '.' .. i .. 'r:' .. gr)
      rs = redis.call('INCRBY', KEYS[b + 2], gr)
      redis.call('PEXPIRE', KEYS[b + 1], window + ttl)
      redis.call('PEXPIRE', KEYS[b + 2], window + ttl)
    end
    if gt > 0 then
      redis.call('ZADD', KEYS[b + 3], now, lease .. '.' .. i .. 't:' .. gt)
      ts = redis.call('INCRBY', KEYS[b + 4], gt)
      redis.call('PEXPIRE', KEYS[b + 3], window + ttl)
      redis.call('PEXPIRE', KEYS[b + 4], window + ttl)
    end
    if gc > 0 then
      redis.call('HINCRBY', KEYS[b + 5], holder, gc)
      redis.call('ZADD', KEYS[b + 6], now + ttl, holder)
      redis.call('PEXPIRE', KEYS[b + 5], ttl)
      redis.call('PEXPIRE', KEYS[b + 6], ttl)
      cs = cs + gc
    end
  end
  local ro = rpm > 0 and oldest(KEYS[b + 1]) or 0
  local to = tpm > 0 and oldest(KEYS[b + 3]) or 0
  for _, v in ipairs({gr, rs, ro, gt, ts, to, gc, cs}) do out[#out + 1] = v end
end
if refused then out[2], out[3], out[4] = refused[1], refused[2], refused[3] end
return out
`;

/**
 * KEYS: (cc, ccx) per subject this replica holds slots of; ARGV: ttl, holder, then the slots held per subject.
 * Pushes the expiry of the replica's slots (a heartbeat). Slots that already expired (the replica could not renew
 * in time) are taken again, as many as it still holds; the reply counts those.
 */
export const RENEW_LUA = `${NOW}
local ttl = tonumber(ARGV[1]); local holder = ARGV[2]; local lost = 0
for i = 1, #KEYS, 2 do
  local c, x = KEYS[i], KEYS[i + 1]
  if redis.call('HEXISTS', c, holder) == 0 then
    redis.call('HSET', c, holder, ARGV[2 + (i + 1) / 2])
    lost = lost + 1
  end
  redis.call('ZADD', x, now + ttl, holder)
  redis.call('PEXPIRE', c, ttl)
  redis.call('PEXPIRE', x, ttl)
end
return lost
`;
