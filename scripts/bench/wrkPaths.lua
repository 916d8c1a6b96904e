-- wrk script: each request takes the next of the paths given after `--`, gzip accepted, as a browser asks.
local paths = {}
local next_path = 0

function init(args)
  for i, path in ipairs(args) do
    paths[i] = path
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], { ["Accept-Encoding"] = "gzip" })
end
