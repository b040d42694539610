-- A spec helper (not a spec: busted runs *_spec.lua; a spec loads it with dofile, beside itself).
-- Runs f with English as the display language (cica.lang; under plain busted, a stand-in `cica`
-- global that cica.lang reads), then puts the language back: for specs that assert English
-- messages whatever language the suite runs in.
return function(f)
  local real = rawget(_G, "cica")
  local was = real and real.lang
  if real and real.set_lang then real.set_lang("en") else rawset(_G, "cica", { lang = "en" }) end
  local ok, err = pcall(f)
  if real and real.set_lang then real.set_lang(was) else rawset(_G, "cica", real) end
  if not ok then error(err, 0) end
end
