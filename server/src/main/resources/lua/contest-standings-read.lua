-- Reads what one standings response lists (a page of the top, the caller, the caller's neighbours,
-- chosen entrants) with the counts that rank each of them exactly, in one round trip and one
-- consistent snapshot, without loading the field: ranks come from counts (see Placing), never from
-- a scan. Each listed entrant costs a few O(log n) calls; counts are cached per score within a call.
--
-- KEYS[1] ranking sorted set (score = negated contest score), KEYS[2] hash entrant -> member,
-- KEYS[3] distinct scores sorted set (same negated scores), KEYS[4] checkpoint. Same hash tag.
-- ARGV[1] page offset, ARGV[2] page size, ARGV[3] the caller's entrant id, ARGV[4] neighbours either
-- side (k), ARGV[5] how many prize ranks follow (n), ARGV[6..5+n] the prize ranks, ARGV[6+n..] chosen
-- entrant ids.
-- Returns {total, checkpoint, page, me, around, chosen, listed, distinct}; page, me, around and chosen
-- are flat groups of six: member, sorted-set score, index (0 = best), entrants strictly better, distinct
-- scores strictly better, entrants with this score. me is empty when the caller is not an entrant.
-- listed and distinct are flat pairs (zero-based index, sorted-set score) of the ranking and of the
-- distinct scores at the positions the caller's distances may need (the entrant just better, the
-- distinct score just better, each prize rank), so those need no further round trip; empty when the
-- caller is not an entrant.
local ranking, members, distinct = KEYS[1], KEYS[2], KEYS[3]
local counts = {}

local function place(out, member, score, index)
  local c = counts[score]
  if not c then
    c = {redis.call('ZCOUNT', ranking, '-inf', '(' .. score), redis.call('ZCOUNT', distinct, '-inf', '(' .. score),
         redis.call('ZCOUNT', ranking, score, score)}
    counts[score] = c
  end
  if not index then
    index = redis.call('ZRANK', ranking, member)
  end
  out[#out + 1] = member
  out[#out + 1] = score
  out[#out + 1] = index
  out[#out + 1] = c[1]
  out[#out + 1] = c[2]
  out[#out + 1] = c[3]
end

local function range(out, from, to)
  if from < 0 then
    from = 0
  end
  if to < from then
    return
  end
  local flat = redis.call('ZRANGE', ranking, from, to, 'WITHSCORES')
  for i = 1, #flat, 2 do
    place(out, flat[i], flat[i + 1], from + (i - 1) / 2)
  end
end

local function entrant(out, id)
  local member = redis.call('HGET', members, id)
  if not member then
    return nil
  end
  local index = redis.call('ZRANK', ranking, member)
  place(out, member, redis.call('ZSCORE', ranking, member), index)
  return index
end

local offset, size, k = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[4])
local page, me, around, chosen = {}, {}, {}, {}
range(page, offset, offset + size - 1)
local at = entrant(me, ARGV[3])
if at then
  range(around, at - k, at + k)
end
local prizes = tonumber(ARGV[5])
for i = 6 + prizes, #ARGV do
  entrant(chosen, ARGV[i])
end

local function scoreAt(out, key, i)
  if i >= 0 then
    local at = redis.call('ZRANGE', key, i, i, 'WITHSCORES')
    if at[2] then
      out[#out + 1] = i
      out[#out + 1] = at[2]
    end
  end
end

local listed, scores = {}, {}
if at then
  scoreAt(listed, ranking, me[4] - 1)
  scoreAt(listed, ranking, at - 1)
  scoreAt(scores, distinct, me[5] - 1)
  for i = 6, 5 + prizes do
    local rank = tonumber(ARGV[i])
    scoreAt(listed, ranking, rank - 1)
    scoreAt(scores, distinct, rank - 1)
  end
end
return {redis.call('ZCARD', ranking), redis.call('GET', KEYS[4]) or '', page, me, around, chosen, listed, scores}
