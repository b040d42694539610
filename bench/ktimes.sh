#!/bin/sh
# bench/ktimes.sh SRC.db K OUT.db — the dataset copied K times, for measuring how cica's work
# grows with the data (bench/README.md, "The quiz at scale"). Copy k (2..K) of every row gets
# ids with the suffix "~k" (and every reference to them), names and aliases with a letter
# after them (" B", "B" for k = 2, " C", "C" for 3, …), meeting ordinals and chair terms
# + 100·(k−1), so that no copy is the same as another. Sources, regions and meta are shared;
# the search index is not copied (search is not what this measures). K ≤ 26.
set -eu
src=$1 k_max=$2 out=$3
[ "$k_max" -ge 1 ] && [ "$k_max" -le 26 ] || { echo "ktimes.sh: K must be 1 to 26" >&2; exit 2; }
rm -f "$out"
cp "$src" "$out"
k=2
while [ "$k" -le "$k_max" ]; do
  s="~$k" off=$((100 * (k - 1)))
  L=$(printf "\\$(printf %o $((64 + k)))")
  sqlite3 "$out" <<SQL
BEGIN;
INSERT INTO entities SELECT id||'$s', kind, name_hans||'$L', name_hant||'$L', name_en||' $L', region, subregion,
  founding, sources, iso_numeric, cow_ccode, wikidata FROM entities WHERE id NOT LIKE '%~%';
INSERT INTO aliases SELECT entity||'$s', alias||' $L', lang, variant FROM aliases WHERE entity NOT LIKE '%~%';
INSERT INTO statuses SELECT entity||'$s', status, start, "end", ord, confidence, note_hans, note_hant, note_en, sources
  FROM statuses WHERE entity NOT LIKE '%~%';
INSERT INTO places SELECT id||'$s', country||'$s', name_hans||'$L', name_hant||'$L', name_en||' $L' FROM places WHERE id NOT LIKE '%~%';
INSERT INTO place_names SELECT place||'$s', valid_from, valid_to, name_hans||'$L', name_hant||'$L', name_en||' $L', sources
  FROM place_names WHERE place NOT LIKE '%~%';
INSERT INTO meetings SELECT id||'$s', kind, ordinal+$off, date, end_date, place||'$s', host||'$s', status,
  title_hans||'$L', title_hant||'$L', title_en||' $L', confidence, note_hans, note_hant, note_en, sources
  FROM meetings WHERE id NOT LIKE '%~%';
INSERT INTO documents SELECT id||'$s', meeting||'$s', date, title_hans||'$L', title_hant||'$L', title_en||' $L', sources
  FROM documents WHERE id NOT LIKE '%~%';
INSERT INTO chairs SELECT term+$off, country||'$s', start, "end", note_hans, note_hant, note_en, sources FROM chairs WHERE term < 100;
INSERT INTO secretariat_seats SELECT place||'$s', start, "end", note_hans, note_hant, note_en, sources
  FROM secretariat_seats WHERE place NOT LIKE '%~%';
INSERT INTO secretariat_heads SELECT id||'$s', name_hans||'$L', name_hant||'$L', name_en||' $L', nationality||'$s', title,
  start, "end", sources, confidence, note_hans, note_hant, note_en FROM secretariat_heads WHERE id NOT LIKE '%~%';
INSERT INTO cbm_areas SELECT id||'$s', ord+$off, name_hans||'$L', name_hant||'$L', name_en||' $L', sources FROM cbm_areas WHERE id NOT LIKE '%~%';
INSERT INTO stages SELECT ord+$off, start, "end", text_hans||'$L', text_hant||'$L', text_en||' $L', sources FROM stages WHERE ord < 100;
INSERT INTO events SELECT id||'$s', date, kind, title_hans||'$L', title_hant||'$L', title_en||' $L', confidence, sources, end_date
  FROM events WHERE id NOT LIKE '%~%';
INSERT INTO participants SELECT meeting||'$s', entity||'$s', role, sources FROM participants WHERE meeting NOT LIKE '%~%';
INSERT INTO rules SELECT id||'$s', topic, text_hans||'$L', text_hant||'$L', text_en||' $L', valid_from, valid_to, sources
  FROM rules WHERE id NOT LIKE '%~%';
INSERT INTO discrepancies SELECT id||'$s',
  CASE WHEN subject LIKE 'chairs:%' THEN 'chairs:'||(CAST(substr(subject, 8) AS INTEGER)+$off)
       WHEN instr(subject, ':') > 0 THEN subject||'$s' ELSE subject END,
  field, title_hans||'$L', title_hant||'$L', title_en||' $L', preferred_hans, preferred_hant, preferred_en,
  reason_hans, reason_hant, reason_en FROM discrepancies WHERE id NOT LIKE '%~%';
INSERT INTO discrepancy_claims SELECT discrepancy||'$s', ord, claim_hans, claim_hant, claim_en, sources
  FROM discrepancy_claims WHERE discrepancy NOT LIKE '%~%';
COMMIT;
SQL
  k=$((k + 1))
done
