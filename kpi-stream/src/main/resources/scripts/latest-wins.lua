-- Writes a definition (a queue's settings, an agent's skills) unless a later one is already there, once per eventId.
-- KEYS[1] the hash, KEYS[2] the event's seen-key, KEYS[3] the set it is listed in, KEYS[4] the version counter
-- ARGV[1] seconds to remember the eventId, ARGV[2] the event time (epoch ms), ARGV[3] the member of KEYS[3],
-- ARGV[4] the changes channel, then field, value pairs; the event time is kept in the field 'at'.
-- Answers 1 when written, 0 otherwise.
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then
  return 0
end
redis.call('SADD', KEYS[3], ARGV[3])
local at = tonumber(redis.call('HGET', KEYS[1], 'at') or '-1')
if tonumber(ARGV[2]) < at then
  return 0
end
for i = 5, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('HSET', KEYS[1], 'at', ARGV[2])
redis.call('INCR', KEYS[4])
redis.call('PUBLISH', ARGV[4], 'config')
return 1
