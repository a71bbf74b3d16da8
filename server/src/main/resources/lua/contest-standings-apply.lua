-- Writes contest entrants' new tallies into a contest's live standings, exactly once per ledger batch.
-- The checkpoint (the ledger position the standings reflect) is compared and advanced in the same
-- atomic call that writes the entries, so a stale or repeated batch (a restart, a second instance)
-- changes nothing. Each tally was folded from the state stored here at the expected checkpoint (or
-- recounted from the ledger), so a write is absolute and a compare-and-set failure means "re-read".
--
-- Each entrant's member encodes "reached first" before the id (see SortedSetKey), so the member
-- changes with the score: the old member is found in the hash, removed, and the new one added.
-- Alongside, a sorted set of the distinct scores present (member = score, counted in a hash) lets a
-- reader rank under the DENSE rule with one ZCOUNT instead of scanning the entrants.
-- All keys share the hash tag {c:<contestId>}, so this runs on one Redis Cluster slot; no MULTI.
--
-- KEYS[1] checkpoint, KEYS[2] sorted set (score = negated contest score), KEYS[3] hash entrant -> member,
-- KEYS[4] hash entrant -> tally state ("score,raw,..." — the contest score first), KEYS[5] sorted set of
-- distinct scores (member = contest score, score = its negation), KEYS[6] hash contest score -> entrants.
-- ARGV[1] expected checkpoint ("" when there must be none: a rebuild, which first drops everything),
-- ARGV[2] new checkpoint, then quadruples (entrant id, sorted-set score, member, tally state).
-- Returns 1 when written, 0 when the checkpoint was not the expected one.
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then
  return 0
end
if ARGV[1] == '' then
  -- A rebuild: whatever survived without its checkpoint is dropped and replaced.
  redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6])
end
for a = 3, #ARGV, 4 do
  local old = redis.call('HGET', KEYS[3], ARGV[a])
  if old then
    redis.call('ZREM', KEYS[2], old)
  end
  local oldState = redis.call('HGET', KEYS[4], ARGV[a])
  if oldState then
    local oldScore = string.match(oldState, '^[^,]+')
    if redis.call('HINCRBY', KEYS[6], oldScore, -1) <= 0 then
      redis.call('HDEL', KEYS[6], oldScore)
      redis.call('ZREM', KEYS[5], oldScore)
    end
  end
  local score = string.match(ARGV[a + 3], '^[^,]+')
  redis.call('ZADD', KEYS[2], ARGV[a + 1], ARGV[a + 2])
  redis.call('HSET', KEYS[3], ARGV[a], ARGV[a + 2])
  redis.call('HSET', KEYS[4], ARGV[a], ARGV[a + 3])
  redis.call('HINCRBY', KEYS[6], score, 1)
  redis.call('ZADD', KEYS[5], ARGV[a + 1], score)
end
redis.call('SET', KEYS[1], ARGV[2])
return 1
