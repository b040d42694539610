Every script in examples/ runs (exit 0) and prints its title. The rest of each output follows the
data, so only the first line is pinned here.

  $ for f in "$CICA_SOURCE"/examples/*.lua; do
  >   cica --lang en "$f" > out.txt 2> err.txt || { echo "FAIL $(basename "$f")"; cat err.txt; }
  >   echo "$(basename "$f"): $(head -n 1 out.txt)"
  > done
  busiest_years.lua: The 10 busiest years in CICA's timeline
  chair_terms.lua: CICA chairmanship terms
  fact_sheet.lua: Kazakhstan
  hosts.lua: Meetings by host country
  members_by_region.lua: CICA members by sub-region
  observer_to_member.lua: From observer to member

Examples take arguments:

  $ cica --lang en "$CICA_SOURCE/examples/fact_sheet.lua" 哈萨克斯坦 | head -n 1
  Kazakhstan
  $ cica --lang en "$CICA_SOURCE/examples/busiest_years.lua" 3 | head -n 1
  The 3 busiest years in CICA's timeline
  $ cica "$CICA_SOURCE/examples/fact_sheet.lua" Atlantis 2> err.txt; echo "exit $?"; head -n 1 err.txt
  exit 1
  cica: no country or organisation called 'Atlantis' in the dataset
