-- Applies a batch of ledger entries to an organisation's leaderboards, exactly once.
-- The checkpoint is compared and advanced in the same atomic call that applies the increments,
-- so a crash, a restart or a second instance can never apply the same entries twice.
--
-- KEYS[1] checkpoint (ledger position applied), KEYS[2] registry of board keys,
-- KEYS[3..n] board sorted sets.
-- ARGV[1] expected checkpoint ("0" when none), ARGV[2] new checkpoint,
-- then for each board in KEYS order: a count m, followed by m pairs (member, increment).
-- Returns 1 when applied, 0 when the checkpoint had moved (someone else applied these entries).
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then
  return 0
end
local a = 3
for k = 3, #KEYS do
  redis.call('SADD', KEYS[2], KEYS[k])
  local m = tonumber(ARGV[a])
  a = a + 1
  for _ = 1, m do
    redis.call('ZINCRBY', KEYS[k], ARGV[a + 1], ARGV[a])
    a = a + 2
  end
end
redis.call('SET', KEYS[1], ARGV[2])
return 1
