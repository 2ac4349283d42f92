-- wrk script of bench/verification.sh: GET /public/verify/{code} over random existing codes.
-- Usage: wrk ... -s verify.lua URL -- CODES_FILE
local codes = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      codes[#codes + 1] = line
    end
  end
  -- Each wrk thread has its own Lua state: seed each differently.
  math.randomseed(os.time() + tonumber(tostring(codes):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  return wrk.format("GET", "/public/verify/" .. codes[math.random(#codes)])
end
