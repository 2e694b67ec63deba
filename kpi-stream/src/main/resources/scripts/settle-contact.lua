-- Replaces what a contact added to the figures by what it adds now, unless a newer version was settled already.
-- KEYS[1] the contact's hash, KEYS[2] the version counter
-- ARGV[1] the facts version this contribution was worked out from
-- ARGV[2] the buckets as key, seconds to keep, key, seconds to keep, ... joined by the unit separator (\31)
-- ARGV[3] the counters as field=value joined by \31
-- ARGV[4] the funnel sets, as key, seconds to keep, ... joined by \31; ARGV[5] the patient added to them
-- ARGV[6] the waiting set of the contact's queue, ARGV[7] the contact id, ARGV[8] its enqueue time or '' when it no
-- longer waits; ARGV[9] the changes channel, ARGV[10] the message on it; ARGV[11] the set of the queue's contacts,
-- ARGV[12] seconds to keep it
-- Answers 1 when the figures moved, 0 when this version was settled before.
local sep = '\31'
local function split(text)
  local parts = {}
  if text == '' then return parts end
  for part in string.gmatch(text, '([^' .. sep .. ']+)') do
    table.insert(parts, part)
  end
  return parts
end

local version = tonumber(ARGV[1])
local settled = tonumber(redis.call('HGET', KEYS[1], 'sv') or '-1')
if version <= settled then
  return 0
end

local old_counters = {}
for _, pair in ipairs(split(redis.call('HGET', KEYS[1], 'sc') or '')) do
  local field, value = string.match(pair, '^(.-)=(.*)$')
  old_counters[field] = tonumber(value)
end
local new_counters = {}
for _, pair in ipairs(split(ARGV[3])) do
  local field, value = string.match(pair, '^(.-)=(.*)$')
  new_counters[field] = tonumber(value)
end
local old_buckets = redis.call('HGET', KEYS[1], 'sb') or ''
local new_buckets = split(ARGV[2])

if old_buckets == ARGV[2] then
  -- the usual case: the same buckets, so only the difference goes in
  for i = 1, #new_buckets, 2 do
    local key = new_buckets[i]
    for field, value in pairs(new_counters) do
      local delta = value - (old_counters[field] or 0)
      if delta ~= 0 then redis.call('HINCRBY', key, field, delta) end
    end
    for field, value in pairs(old_counters) do
      if new_counters[field] == nil and value ~= 0 then redis.call('HINCRBY', key, field, -value) end
    end
    redis.call('EXPIRE', key, new_buckets[i + 1])
  end
else
  local olds = split(old_buckets)
  for i = 1, #olds, 2 do
    for field, value in pairs(old_counters) do
      if value ~= 0 then redis.call('HINCRBY', olds[i], field, -value) end
    end
  end
  for i = 1, #new_buckets, 2 do
    for field, value in pairs(new_counters) do
      if value ~= 0 then redis.call('HINCRBY', new_buckets[i], field, value) end
    end
    redis.call('EXPIRE', new_buckets[i], new_buckets[i + 1])
  end
end

local sets = split(ARGV[4])
local old_sets = redis.call('HGET', KEYS[1], 'sf') or ''
if ARGV[4] ~= old_sets then
  for i = 1, #sets, 2 do
    redis.call('SADD', sets[i], ARGV[5])
    redis.call('EXPIRE', sets[i], sets[i + 1])
  end
end

if ARGV[6] ~= '' then
  if ARGV[8] == '' then
    redis.call('ZREM', ARGV[6], ARGV[7])
  else
    redis.call('ZADD', ARGV[6], ARGV[8], ARGV[7])
  end
end

-- a queue configured after its first contacts were counted settles them again, so it needs to know them
redis.call('SADD', ARGV[11], ARGV[7])
redis.call('EXPIRE', ARGV[11], ARGV[12])
redis.call('HSET', KEYS[1], 'sv', version, 'sc', ARGV[3], 'sb', ARGV[2], 'sf', ARGV[4])
redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[9], ARGV[10])
return 1
