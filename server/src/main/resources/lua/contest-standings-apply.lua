-- Writes recomputed contest entries into a contest's live standings, exactly once per ledger batch.
-- The checkpoint (the ledger position the standings reflect) is compared and advanced in the same
-- atomic call that writes the entries, so a stale or repeated batch (a restart, a second instance)
-- changes nothing. Entries are absolute (recounted from the ledger), never increments.
--
-- Each entrant's member encodes "reached first" before the id (see SortedSetKey), so the member
-- changes with the score: the old member is found in the hash, removed, and the new one added.
-- All keys share the hash tag {c:<contestId>}, so this runs on one Redis Cluster slot; no MULTI.
--
-- KEYS[1] checkpoint, KEYS[2] sorted set (score = negated contest score), KEYS[3] hash entrant -> member.
-- ARGV[1] expected checkpoint ("" when there must be none: a rebuild, which first drops the set and
-- the hash), ARGV[2] new checkpoint,
-- then triples (entrant id, sorted-set score, member).
-- Returns 1 when written, 0 when the checkpoint was not the expected one.
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then
  return 0
end
if ARGV[1] == '' then
  -- A rebuild: whatever survived without its checkpoint is dropped and replaced.
  redis.call('DEL', KEYS[2], KEYS[3])
end
for a = 3, #ARGV, 3 do
  local old = redis.call('HGET', KEYS[3], ARGV[a])
  if old then
    redis.call('ZREM', KEYS[2], old)
  end
  redis.call('ZADD', KEYS[2], ARGV[a + 1], ARGV[a + 2])
  redis.call('HSET', KEYS[3], ARGV[a], ARGV[a + 2])
end
redis.call('SET', KEYS[1], ARGV[2])
return 1
