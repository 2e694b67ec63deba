-- Records an agent's change of state once per eventId and keeps the latest state by the time it began.
-- KEYS[1] the agent's hash, KEYS[2] the agent's timeline, KEYS[3] the event's seen-key, KEYS[4] the clock,
-- KEYS[5] the set of agents, KEYS[6] the version counter
-- ARGV[1] seconds to remember the eventId, ARGV[2] the time the state began (epoch ms), ARGV[3] state,
-- ARGV[4] reason, ARGV[5] queue, ARGV[6] event time (epoch ms), ARGV[7] agent id,
-- ARGV[8] timeline entries older than this (epoch ms) are dropped, ARGV[9] the changes channel
-- Answers 1 when the event was new, 0 for a duplicate.
if not redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[1]) then
  return 0
end
local since = tonumber(ARGV[2])
-- the member starts with the time, so that two states beginning in the same millisecond still sort the same way
redis.call('ZADD', KEYS[2], since, ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[4] .. '|' .. ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[8])
local latest = redis.call('ZRANGE', KEYS[2], -1, -1)[1]
local at, state, reason, queue = string.match(latest, '^([^|]*)|([^|]*)|([^|]*)|(.*)$')
redis.call('HSET', KEYS[1], 'since', at, 'state', state, 'reason', reason, 'queue', queue)
redis.call('SADD', KEYS[5], ARGV[7])
local clock = tonumber(redis.call('GET', KEYS[4]) or '0')
if tonumber(ARGV[6]) > clock then
  redis.call('SET', KEYS[4], ARGV[6])
end
redis.call('INCR', KEYS[6])
redis.call('PUBLISH', ARGV[9], 'agents')
return 1
