-- Drops an organisation's leaderboards so they can be replayed from the ledger.
-- KEYS[1] checkpoint, KEYS[2] registry of board keys (all share the organisation's hash tag).
-- Returns the number of boards removed.
local boards = redis.call('SMEMBERS', KEYS[2])
for _, key in ipairs(boards) do
  redis.call('DEL', key)
end
redis.call('DEL', KEYS[2], KEYS[1])
return #boards
