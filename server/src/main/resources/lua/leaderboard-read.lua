-- Reads a page of a leaderboard and the caller's standing in one call: one round trip instead of
-- about ten, and one consistent snapshot (no increment can land between the reads).
--
-- KEYS[1] the board (sorted set), KEYS[2] the projection checkpoint (same hash tag).
-- ARGV[1] the caller's member, ARGV[2] page offset, ARGV[3] page size, ARGV[4] entries either side
-- of the caller (0 = none).
-- Returns {total, checkpoint, top, topAbove, mine}: top is a flat list member, score, ...;
-- topAbove how many members score strictly more than the first of top (-1 when top is empty);
-- mine is empty when the caller has no score, else
-- {score, above, lowest score above it or false, index, around (flat), aroundAbove}.
local board, me = KEYS[1], ARGV[1]
local offset, limit, around = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])

local function page(from, count)
  if count <= 0 then
    return {}, -1
  end
  local flat = redis.call('ZREVRANGE', board, from, from + count - 1, 'WITHSCORES')
  if #flat == 0 then
    return flat, -1
  end
  return flat, redis.call('ZCOUNT', board, '(' .. flat[2], '+inf')
end

local total = redis.call('ZCARD', board)
local checkpoint = redis.call('GET', KEYS[2]) or '0'
local top, topAbove = page(offset, limit)
local mine = {}
local score = redis.call('ZSCORE', board, me)
if score then
  local above = redis.call('ZCOUNT', board, '(' .. score, '+inf')
  local next = redis.call('ZRANGEBYSCORE', board, '(' .. score, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  local index = redis.call('ZREVRANK', board, me)
  local near, nearAbove = {}, -1
  if around > 0 then
    local from = math.max(0, index - around)
    near, nearAbove = page(from, index - from + around + 1)
  end
  mine = {score, above, next[2] or false, index, near, nearAbove}
end
return {total, checkpoint, top, topAbove, mine}
