The build's translation check (data/checks.sql, section 8): every *_hans/*_hant/*_en triple is
complete or empty, Chinese texts hold no English run, English texts no CJK outside quotes.

  $ data() { cica-mkdb out.db "$CICA_SOURCE/data/schema.sql" "$CICA_SOURCE"/data/[0-9]*.sql "$@" --checks "$CICA_SOURCE/data/checks.sql" 2>&1 | sed 's#^.*/data/checks.sql:[0-9]*: ##'; }

The dataset as shipped passes:

  $ data && echo sound
  sound

A translation missing from a triple (one of three, and two of three):

  $ cat > missing.sql <<'SQL'
  > UPDATE discrepancies SET reason_hant = NULL WHERE id = 'bahrain-joined';
  > UPDATE discrepancy_claims SET claim_hans = NULL, claim_hant = '' WHERE discrepancy = 'bahrain-joined' AND ord = 1;
  > SQL
  $ data missing.sql
  data check failed: discrepancies bahrain-joined: reason is in 2 of 3 languages (all three or none: reason_hans, _hant, _en)
  data check failed: discrepancy_claims bahrain-joined/1: claim is in 1 of 3 languages (all three or none: claim_hans, _hant, _en)
  cica-mkdb: 2 problems; dataset not built

An English sentence left in a Chinese column; an id, an ISO code, a URL, two Latin words and a
quoted title are not one:

  $ cat > english.sql <<'SQL'
  > UPDATE discrepancy_claims SET claim_hans = 'Bahrain joined the conference in 2010' WHERE discrepancy = 'bahrain-joined' AND ord = 1;
  > UPDATE discrepancy_claims SET claim_hant = '2010年加入（seed000, BH, https://example.org/a b）' WHERE discrepancy = 'bahrain-joined' AND ord = 1;
  > UPDATE discrepancy_claims SET claim_hans = 'Kairat Sarybay称“Kuwait joins CICA as 28th member state”' WHERE discrepancy = 'bahrain-joined' AND ord = 2;
  > UPDATE discrepancy_claims SET claim_hant = '《Relations between Türkiye and CICA》and then some words' WHERE discrepancy = 'bahrain-joined' AND ord = 2;
  > SQL
  $ data english.sql
  data check failed: discrepancy_claims bahrain-joined/1: claim_hans has English words outside quotes: "Bahrain joined the"
  data check failed: discrepancy_claims bahrain-joined/2: claim_hant has English words outside quotes: "and then some"
  cica-mkdb: 2 problems; dataset not built

A Chinese character in an English text, outside quotes ("…", “…”, 《…》 may quote a title):

  $ cat > cjk.sql <<'SQL'
  > UPDATE discrepancy_claims SET claim_en = 'Joined in 2010 (见 seed000)' WHERE discrepancy = 'bahrain-joined' AND ord = 1;
  > UPDATE discrepancy_claims SET claim_en = 'Joined in 2011 according to "中国日报" and 《亚信》' WHERE discrepancy = 'bahrain-joined' AND ord = 2;
  > UPDATE sources SET title_en = 'Qiuzhen Baike (求真百科)' WHERE id = 'seed000';
  > SQL
  $ data cjk.sql
  data check failed: sources seed000: title_en has CJK text outside quotes at character 16: "hen Baike (求真百科)"
  data check failed: discrepancy_claims bahrain-joined/1: claim_en has CJK text outside quotes at character 17: "d in 2010 (见 see"
  cica-mkdb: 2 problems; dataset not built
