-- Counts the distinct members of unions of sets without sending the members: the funnel of a rolling window is the
-- union of its minutes' sets of patients.
-- KEYS the sets of each union in turn; ARGV how many of KEYS each union takes. Answers the counts in order.
local counts, at = {}, 1
for i = 1, #ARGV do
  local n = tonumber(ARGV[i])
  local keys = {}
  for j = at, at + n - 1 do
    keys[#keys + 1] = KEYS[j]
  end
  at = at + n
  counts[i] = #redis.call('SUNION', unpack(keys))
end
return counts
