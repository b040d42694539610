-- Where sources disagree: each claim with its sources, the value the dataset uses, and why.
-- The first ten follow the research note's list (same order); the rest were found while building the data.

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('thailand-joined', 'entity:TH', 'joined', '泰国何时加入亚信', '泰國何時加入亞信', 'When Thailand joined CICA', '2004-10-22', 'seed004 lists Thailand among the 17 states at the 1996 deputy-ministerial meeting, which shows participation in a preparatory meeting, not membership: seed004 itself omits Thailand from the 15 member states of 1999, R2 lists it as an observer in 2001, and A1 names it the 17th member at the 2004 ministerial meeting. A6, a 2014 summary, says instead that the 2nd summit (2006) admitted Thailand together with the Republic of Korea; A1, the Secretariat''s own page on the 2004 meeting, is preferred (official over a later summary). Stored: observer from 2001 (first attested) to 2004-10-22, member from 2004-10-22.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('thailand-joined', 1, 'One of 17 states taking part in the deputy-ministerial meeting of February 1996', '["seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('thailand-joined', 2, 'Observer state in 2001', '["R2"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('thailand-joined', 3, 'Joined in 2004 (17th member, 2004-10-22)', '["A1","seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('thailand-joined', 4, 'Admitted at the 2nd summit in 2006, together with the Republic of Korea', '["A6"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('founding-members', 'counts', 'founding', '创始成员国是15个还是16个', '創始成員國是15個還是16個', 'Were there 15 or 16 founding members?', '16 founding members (entities.founding); 15 members on 1999-09-14, 16 by 2001', 'Both are true of different moments: 15 states took part in the first ministerial meeting (A6, seed004), while the founding-member lists (seed000, R1) include Mongolia, which joined between 1999-09 and 2001 (R2). founding = 1 for all 16; Mongolia''s member row starts in 2001, so the counts 1999: 15 and 2002: 16 both come out right.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('founding-members', 1, '15 member states took part in the first ministerial meeting on 1999-09-14 (Mongolia not among them)', '["A6","seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('founding-members', 2, '16 founding member states, Mongolia included', '["seed000","R1"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('founding-members', 3, 'Sixteen countries, Mongolia included, had joined by 2001', '["R2"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('summit-5-date', 'meeting:summit-5', 'date', '亚信第五次峰会的日期', '亞信第五次峰會的日期', 'Dates of the 5th CICA Summit', '2019-06-15', 'The heads of state met and adopted the Dushanbe Declaration on 15 June (B6); the wider ranges include the preparatory meetings around it.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-5-date', 1, '15 June 2019', '["B6"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-5-date', 2, '14-15 June 2019', '["seed004","B7"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-5-date', 3, '14-16 June 2019', '["seed000"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('summit-3-date', 'meeting:summit-3', 'date', '亚信第三次峰会的日期', '亞信第三次峰會的日期', 'Dates of the 3rd CICA Summit', '2010-06-08', 'The summit declaration itself says the heads of state met on 8 June 2010 (B3), as does seed004; 7-9 June covers the side events before and after.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-3-date', 1, '8 June 2010', '["B3","seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-3-date', 2, '7-9 June 2010', '["B4"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('china-chair-terms', 'chairs', 'terms', '中国担任主席国是一个任期还是两个', '中國擔任主席國是一個任期還是兩個', 'China''s chairmanship: one span or two terms', 'two terms: 2014-05-21 to 2016-04-28 and 2016-04-28 to 2018-09-24', 'Not a conflict of fact: seed000 describes a 2014-2016 term and a 2016-2018 term begun after the 5th ministerial meeting, D2 gives the whole span May 2014-2018. Terms are modelled, the span follows from them.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('china-chair-terms', 1, 'Chair 2014-2016, then 2016-2018 (term begun after the April 2016 ministerial meeting)', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('china-chair-terms', 2, 'Chairmanship-in-Office: China, May 2014-2018', '["D2"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('turkey-chair-terms', 'chairs', 'terms', '土耳其主席国任期的划分', '土耳其主席國任期的劃分', 'Turkey''s chairmanship: one span or two terms, and where the second begins', 'two terms: 2010-06-08 to 2012-04-02 and 2012-04-02 to 2014-05-21', 'Turkey took over for two years at the 3rd summit; on 2012-04-02 the member states decided to extend it for 2012-2014 (D1). That decision date is the only dated boundary in the sources, so it separates the terms (a boundary at the 4th ministerial meeting, 2012-09-12, would be a guess).');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkey-chair-terms', 1, 'Chair from June 2010 for two years; extended on 2 April 2012 for 2012-2014', '["D1","seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkey-chair-terms', 2, 'Chair 2010-06 to 2014-05', '["B4"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('qatar-joined', 'entity:QA', 'joined', '卡塔尔何时成为成员国', '卡塔爾何時成為成員國', 'When Qatar became a member', '2014-05-20 (25th member)', 'Two independent sources describe Qatar signing its accession documents in Shanghai on 2014-05-20 as the 25th member (seed004, A7), and no member count of 2008-2014 leaves room for it (20 in 2008, 24 in 2011-2012). The 2008 reports disagree with each other; A4''s observer claim is stored as an unverified observer row.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('qatar-joined', 1, 'Announced as a new member in 2008', '["A5"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('qatar-joined', 2, 'Reported as an observer in 2008', '["A4"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('qatar-joined', 3, 'Became the 25th member on 2014-05-20', '["A7","seed004","seed000"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('bahrain-joined', 'entity:BH', 'joined', '巴林何时加入亚信', '巴林何時加入亞信', 'When Bahrain joined CICA', '2011', 'seed004 says the 3rd summit (2010-06-08) brought the total to 22 with Iraq and Vietnam only; A6 dates Bahrain and Cambodia to 2011, which matches the count of 24 in 2011. seed000''s 2010 is not supported elsewhere.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('bahrain-joined', 1, 'Joined in 2010', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('bahrain-joined', 2, 'Joined in 2011', '["A6"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('mirzozoda-start', 'head:mirzozoda', 'start', '米尔佐佐达何时出任执行主任', '米爾佐佐達何時出任執行主任', 'When Mirzozoda became Executive Director', '2018-09-24', 'He was appointed at the special ministerial meeting of 2018-09-24 (C4, E3); seed000''s 2018-10 is when it says he took office. Both may be true; the dataset dates heads by appointment, as for Sarybay (approved 2020-09-24), so terms join without gaps.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('mirzozoda-start', 1, 'Appointed on 2018-09-24', '["C4","E3"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('mirzozoda-start', 2, 'Took office in October 2018', '["seed000"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('member-counts', 'counts', 'members', '各时期成员国数目', '各時期成員國數目', 'Member counts over time, as reported', 'the statuses table reproduces every reported count (checked in data/checks.sql)', 'The counts agree with one another once Mongolia is dated to 2001 and Bahrain/Cambodia to 2011; checks.sql recomputes them from statuses: 1999: 15, 2002: 16, 2004-10: 17, 2006-06: 18, 2008-08: 20, 2010-06: 22, 2011: 24, 2014-05: 26, 2018-08: 27, 2022-10: 28.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 1, '1999: 15 member states', '["A6","seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 2, '2001-2002: 16 member states', '["R2","A2"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 3, '2004-10: Thailand the 17th member', '["A1"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 4, '2006-06: Republic of Korea the 18th member', '["A3","seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 5, '2008-08: Jordan and the UAE admitted (20 members)', '["A4"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 6, '2010-06: 22 members with Iraq and Vietnam', '["seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 7, '2011: Bahrain and Cambodia admitted (24 members)', '["A6"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 8, '2014-05: Qatar 25th and Bangladesh 26th', '["seed004","A7"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 9, '2018-08: Sri Lanka joins (27 members; 27 as of January 2019)', '["A8","seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('member-counts', 10, '2022-10: Kuwait the 28th member', '["A9"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('observer-counts', 'counts', 'observers', '各时期观察员数目', '各時期觀察員數目', 'Observer counts over time, as reported', 'the statuses table reproduces 13 (2019), 14 (2022) and 15 (after 2023-12-26), plus 12 (2016-04-17), 11 (2018-08-28) and 13 (2018-09-24)', 'Observers = observer states + observer organisations (the partner EAEU is not an observer). The counts come out right because former observers (Australia, Lebanon, the Interstate Council) have an end date, Laos and the IOM start on 2018-09-24, Turkmenistan in 2021 and Saudi Arabia on 2023-12-26. checks.sql recomputes them.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('observer-counts', 1, '13 observers as of January 2019 (8 states, 5 organisations)', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('observer-counts', 2, 'Turkmenistan joins as an observer state (14 observers in 2022)', '["A11","A10"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('observer-counts', 3, 'Saudi Arabia the 10th observer state on 2023-12-26 (15 observers with 5 organisations)', '["A10"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('observer-counts', 4, '12 observers on 2016-04-17 (Belarus, Indonesia, Sri Lanka, Ukraine, USA, Japan, Malaysia, Philippines, UN, OSCE, TurkPA, League of Arab States)', '["S1"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('observer-counts', 5, '7 observer states and 4 organisations on 2018-08-28', '["E7"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('observer-counts', 6, '8 observer states and 5 organisations on 2018-09-24', '["E3"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('mongolia-1999', 'entity:MN', 'joined', '蒙古在1999年是成员国还是观察员', '蒙古在1999年是成員國還是觀察員', 'Was Mongolia a member or an observer in 1999?', 'observer 1999-09-14 to 2001, member from 2001 (first attested), founding = 1', 'seed004 lists Mongolia among the observers of the 1999 ministerial meeting and A6 counts 15 members then, yet seed000 and R1 count it among the founding members and R2 lists it among the 16 members in 2001. It joined between the two; the exact date is in no source. (The brief proposed 2002-06-04; R2 shows membership earlier.)');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('mongolia-1999', 1, 'Observer at the first ministerial meeting, 1999-09-14', '["seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('mongolia-1999', 2, 'Founding member', '["seed000","R1"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('mongolia-1999', 3, 'One of 16 states that had joined by 2001', '["R2"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('secretariat-start', 'seat:almaty', 'start', '秘书处启动日期', '秘書處啟動日期', 'When the Secretariat started', '2006-06-17', 'Only a difference of precision: seed000 says June 2006, E5 and E7 give 17 June 2006 (the day of the 2nd summit, which decided to set it up, A3).');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('secretariat-start', 1, 'Started work in June 2006', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('secretariat-start', 2, 'Established on 17 June 2006', '["E5","E7"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('gong-start', 'head:gong-jianwei', 'start', '宫建伟何时出任执行主任', '宮建偉何時出任執行主任', 'When Gong Jianwei became Executive Director', '2014-07', 'seed000 gives 2014-07; D2 only shows him in office during China''s chairmanship (from May 2014), which does not contradict it.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('gong-start', 1, 'Took office in July 2014', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('gong-start', 2, 'Executive Director during China''s chairmanship, May 2014-2018', '["D2"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('australia-lebanon-observers', 'entity:AU,LB', 'status', '澳大利亚和黎巴嫩的观察员地位', '澳大利亞和黎巴嫩的觀察員地位', 'Australia and Lebanon as observers', 'observers from 2001 (first attested) to 2016-04-17 (first list without them), confidence unverified', 'R2 (2001), seed004 (2002 summit) and A3 (2006) list both as observers; S4 (2006) omits them; S1 (2016), D2 and seed000 (2019) list the observers without them. No source says when or whether their status ended, so the end stored is an upper bound.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('australia-lebanon-observers', 1, 'Observer states in 2001, at the 2002 summit and in June 2006', '["R2","seed004","A3"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('australia-lebanon-observers', 2, 'Not among the observers listed in June 2006', '["S4"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('australia-lebanon-observers', 3, 'Not among the observers listed in 2016 and 2019', '["S1","D2","seed000"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('turkpa-name', 'entity:TURKPA', 'name', '第四个观察员组织是哪一个', '第四個觀察員組織是哪一個', 'Which Turkic body is the observer organisation', 'TURKPA (突厥语国家议会大会)', 'seed004''s observer list shows 突厥議會 with the flag of the Turkic Council, a different body; seed000 names 突厥語國家議會大會 and A17 reports that the Parliamentary Assembly of Turkic-speaking countries (TurkPA) became an observer.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkpa-name', 1, '突厥議會 (with the Turkic Council flag)', '["seed004"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkpa-name', 2, '突厥語國家議會大會 / TurkPA', '["seed000","A17"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('turkpa-start', 'entity:TURKPA', 'start', '突厥语国家议会大会何时成为观察员', '突厥語國家議會大會何時成為觀察員', 'When TURKPA became an observer', '2012-08-14 (unverified)', 'A17 is dated "14 August" with no year and counts 24 members (2011 to 2014-05); S5 already counts 4 observer organisations on 2012-10-05, which fits only if A17 is from 2012. Stored 2012-08-14 with confidence unverified. (The research note said "listed by May 2014".)');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkpa-start', 1, 'Granted observer status as the 4th observer organisation; 24 members, 8 observer states and 3 organisations before it (article dated 14 August)', '["A17"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkpa-start', 2, '24 member states, 8 observer states and 4 observer organisations on 5 October 2012', '["S5"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('ministerial-1999-11', 'meeting:ministerial-1999-11', 'ordinal', '1999年是否举行过两次外长级会议', '1999年是否舉行過兩次外長級會議', 'Were there two ministerial-level meetings in 1999?', 'the official numbering (2004 = 2nd ministerial); the November 1999 meeting is stored unnumbered and unverified', 'seed000 alone mentions a second ministerial-level meeting in Almaty in November 1999; the official numbering makes the 2004 meeting the 2nd (A1, C1).');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('ministerial-1999-11', 1, 'First and second ministerial-level meetings in September and November 1999', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('ministerial-1999-11', 2, 'The second ministerial meeting was held in Almaty in October 2004', '["A1","C1"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('deputy-1996-date', 'meeting:deputy-1996', 'date', '1996年副外长级会议的日期', '1996年副外長級會議的日期', 'Dates of the 1996 deputy-ministerial meeting', '1996-02-07 to 1996-02-08', 'seed000 gives both days; seed004 gives the opening day only.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('deputy-1996-date', 1, '7 and 8 February 1996', '["seed000"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('deputy-1996-date', 2, '7 February 1996', '["seed004"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('turkmenistan-observer', 'entity:TM', 'start', '土库曼斯坦何时成为观察员', '土庫曼斯坦何時成為觀察員', 'When Turkmenistan became an observer', '2021', 'A10 states that Turkmenistan achieved observer status in 2021; A11 reports the chair announcing it at the 6th summit on 2022-10-13, which can be the public announcement of an earlier decision.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkmenistan-observer', 1, 'Observer status in 2021', '["A10"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('turkmenistan-observer', 2, 'Announced as having joined as an observer state at the 6th summit, 2022-10-13', '["A11"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('kazakhstan-chair-start', 'chairs:1', 'start', '哈萨克斯坦担任主席国的起始时间', '哈薩克斯坦擔任主席國的起始時間', 'When Kazakhstan''s first chairmanship began', '1999-09-14', 'S1 says Kazakhstan chaired CICA from 1992, i.e. since its proposal; the dataset dates CICA''s institutions from the first ministerial meeting (the founding convention), so term 1 starts there.');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('kazakhstan-chair-start', 1, 'Kazakhstan chaired from 1992 to 2010', '["S1"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('kazakhstan-chair-start', 2, 'Kazakhstan chaired until June 2010', '["B4","seed000"]');

INSERT INTO discrepancies (id, subject, field, title_hans, title_hant, title_en, preferred, reason) VALUES ('summit-1-observers', 'meeting:summit-1', 'participants', '亚信第一次峰会的观察员', '亞信第一次峰會的觀察員', 'Observers at the 1st CICA Summit', 'the observers seed004 names (participants table); no count stored', 'A2 speaks of ten observer states and organisations, seed004 names nine observer states and three organisations and ends its list with 等 (etc.).');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-1-observers', 1, 'Ten observer states and organisations took part', '["A2"]');
INSERT INTO discrepancy_claims (discrepancy, ord, claim, sources) VALUES ('summit-1-observers', 2, 'Observer states Indonesia, Japan, Korea, Ukraine, USA, Vietnam, Malaysia, Australia, Lebanon; UN, OSCE, Arab League and others', '["seed004"]');
