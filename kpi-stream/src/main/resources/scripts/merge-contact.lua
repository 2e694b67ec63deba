-- Merges one event's facts into a contact's hash, once per eventId.
-- KEYS[1] the contact's hash, KEYS[2] the event's seen-key, KEYS[3] the clock, KEYS[4] the set of queues
-- ARGV[1] seconds to remember both, ARGV[2] the event time in epoch milliseconds, ARGV[3] the event's queue,
-- ARGV[4] the changes channel, then triples of field, value and merge ('MIN' keeps the earliest, 'MAX' the latest, by the number before '|')
-- Answers the hash after the merge, and whether the event was new, as {fresh, field, value, field, value, ...}.
local fresh = redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1])
if fresh then
  local changed = false
  for i = 5, #ARGV, 3 do
    local field, value, merge = ARGV[i], ARGV[i + 1], ARGV[i + 2]
    local old = redis.call('HGET', KEYS[1], field)
    local write = not old
    if old then
      local new_at = tonumber(string.match(value, '^[^|]*'))
      local old_at = tonumber(string.match(old, '^[^|]*'))
      -- equal times fall back to the text, so that the result never depends on arrival order
      if merge == 'MIN' then
        write = new_at < old_at or (new_at == old_at and value < old)
      else
        write = new_at > old_at or (new_at == old_at and value > old)
      end
    end
    if write then
      redis.call('HSET', KEYS[1], field, value)
      changed = true
    end
  end
  if changed then
    redis.call('HINCRBY', KEYS[1], 'v', 1)
  end
  if redis.call('SADD', KEYS[4], ARGV[3]) == 1 then
    -- a queue no one configured: instances learn of it to offer it as a group
    redis.call('PUBLISH', ARGV[4], 'config')
  end
  local clock = tonumber(redis.call('GET', KEYS[3]) or '0')
  if tonumber(ARGV[2]) > clock then
    redis.call('SET', KEYS[3], ARGV[2])
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
local hash = redis.call('HGETALL', KEYS[1])
table.insert(hash, 1, fresh and 1 or 0)
return hash
