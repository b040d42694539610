-- Entities: every state or organisation that has held a CICA status (member, observer, partner),
-- including former observers. States: ISO 3166-1 alpha-2 id + UN M49 region/sub-region.
-- founding = 1 for the 16 states the sources call founding members (seed000 list, R1); see
-- discrepancy 'founding-members' and 'mongolia-1999' for Mongolia.
-- English names: the short names CICA and the UN use ("Türkiye" since 2022, with "Turkey" as an alias).
-- iso_numeric: ISO 3166-1 numeric (checked against Debian's iso-codes, iso_3166-1.json); cow_ccode: the
-- Correlates of War state list, version 2016 (V11); Palestine has no COW code, organisations have neither.
-- wikidata: NULL throughout: no retrieved source gives the item ids (they are never guessed).
-- name_hant is the mainland-style traditional form; Taiwan/Hong Kong forms are aliases (variant 'TW'/'HK';
-- 'TW' is used where the form is Taiwan's and is also current in Hong Kong).

-- Member states (28)
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('AF', 'state', '阿富汗', '阿富汗', 'Afghanistan', '142', '034', 1, '["seed000","seed004","R1"]', '004', 700, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('AZ', 'state', '阿塞拜疆', '阿塞拜疆', 'Azerbaijan', '142', '145', 1, '["seed000","seed004","R1","D7"]', '031', 373, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('CN', 'state', '中国', '中國', 'China', '142', '030', 1, '["seed000","seed004","A2","R1"]', '156', 710, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('EG', 'state', '埃及', '埃及', 'Egypt', '002', '015', 1, '["seed000","seed004","R1"]', '818', 651, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('IN', 'state', '印度', '印度', 'India', '142', '034', 1, '["seed000","seed004","R1"]', '356', 750, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('IR', 'state', '伊朗', '伊朗', 'Iran', '142', '034', 1, '["seed000","seed004","R1"]', '364', 630, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('IL', 'state', '以色列', '以色列', 'Israel', '142', '145', 1, '["seed000","seed004","R1"]', '376', 666, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('KZ', 'state', '哈萨克斯坦', '哈薩克斯坦', 'Kazakhstan', '142', '143', 1, '["seed000","seed004","R1"]', '398', 705, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('KG', 'state', '吉尔吉斯斯坦', '吉爾吉斯斯坦', 'Kyrgyzstan', '142', '143', 1, '["seed000","seed004","R1"]', '417', 703, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('MN', 'state', '蒙古', '蒙古', 'Mongolia', '142', '030', 1, '["seed000","seed004","R1","R2"]', '496', 712, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('PK', 'state', '巴基斯坦', '巴基斯坦', 'Pakistan', '142', '034', 1, '["seed000","seed004","R1"]', '586', 770, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('PS', 'state', '巴勒斯坦', '巴勒斯坦', 'Palestine', '142', '145', 1, '["seed000","seed004","R1"]', '275', NULL, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('RU', 'state', '俄罗斯', '俄羅斯', 'Russia', '150', '151', 1, '["seed000","seed004","R1"]', '643', 365, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('TJ', 'state', '塔吉克斯坦', '塔吉克斯坦', 'Tajikistan', '142', '143', 1, '["seed000","seed004","R1"]', '762', 702, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('TR', 'state', '土耳其', '土耳其', 'Türkiye', '142', '145', 1, '["seed000","seed004","R1","D7","B4"]', '792', 640, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('UZ', 'state', '乌兹别克斯坦', '烏茲別克斯坦', 'Uzbekistan', '142', '143', 1, '["seed000","seed004","R1"]', '860', 704, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('TH', 'state', '泰国', '泰國', 'Thailand', '142', '035', 0, '["seed000","seed004","A1"]', '764', 800, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('KR', 'state', '韩国', '韓國', 'Republic of Korea', '142', '030', 0, '["seed000","seed004","A3"]', '410', 732, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('JO', 'state', '约旦', '約旦', 'Jordan', '142', '145', 0, '["seed000","A4"]', '400', 663, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('AE', 'state', '阿联酋', '阿聯酋', 'United Arab Emirates', '142', '145', 0, '["seed000","A4"]', '784', 696, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('VN', 'state', '越南', '越南', 'Vietnam', '142', '035', 0, '["seed000","seed004","A6"]', '704', 816, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('IQ', 'state', '伊拉克', '伊拉克', 'Iraq', '142', '145', 0, '["seed000","seed004","A6"]', '368', 645, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('BH', 'state', '巴林', '巴林', 'Bahrain', '142', '145', 0, '["seed000","A6"]', '048', 692, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('KH', 'state', '柬埔寨', '柬埔寨', 'Cambodia', '142', '035', 0, '["seed000","A6"]', '116', 811, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('QA', 'state', '卡塔尔', '卡塔爾', 'Qatar', '142', '145', 0, '["seed000","seed004","A7"]', '634', 694, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('BD', 'state', '孟加拉国', '孟加拉國', 'Bangladesh', '142', '034', 0, '["seed000","seed004","A7"]', '050', 771, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('LK', 'state', '斯里兰卡', '斯里蘭卡', 'Sri Lanka', '142', '034', 0, '["seed000","A8"]', '144', 780, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('KW', 'state', '科威特', '科威特', 'Kuwait', '142', '145', 0, '["A9"]', '414', 690, NULL);

-- Observer states (10 current)
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('ID', 'state', '印度尼西亚', '印度尼西亞', 'Indonesia', '142', '035', 0, '["seed000","seed004","A12"]', '360', 850, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('JP', 'state', '日本', '日本', 'Japan', '142', '030', 0, '["seed000","seed004","A12"]', '392', 740, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('MY', 'state', '马来西亚', '馬來西亞', 'Malaysia', '142', '035', 0, '["seed000","seed004","A12"]', '458', 820, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('UA', 'state', '乌克兰', '烏克蘭', 'Ukraine', '150', '151', 0, '["seed000","seed004","A12"]', '804', 369, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('US', 'state', '美国', '美國', 'United States', '019', '021', 0, '["seed000","seed004","A12"]', '840', 2, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('PH', 'state', '菲律宾', '菲律賓', 'Philippines', '142', '035', 0, '["seed000","A13"]', '608', 840, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('LA', 'state', '老挝', '老撾', 'Laos', '142', '035', 0, '["seed000","A18"]', '418', 812, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('BY', 'state', '白俄罗斯', '白俄羅斯', 'Belarus', '150', '151', 0, '["seed000","A18","D2"]', '112', 370, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('TM', 'state', '土库曼斯坦', '土庫曼斯坦', 'Turkmenistan', '142', '143', 0, '["A10","A11"]', '795', 701, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('SA', 'state', '沙特阿拉伯', '沙特阿拉伯', 'Saudi Arabia', '142', '145', 0, '["A10"]', '682', 670, NULL);

-- Former observer states (attested 2001-2006, absent from later lists)
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('AU', 'state', '澳大利亚', '澳大利亞', 'Australia', '009', '053', 0, '["seed004","R2","A3"]', '036', 900, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('LB', 'state', '黎巴嫩', '黎巴嫩', 'Lebanon', '142', '145', 0, '["seed004","R2","A3"]', '422', 660, NULL);

-- Organisations (no region)
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('UN', 'organization', '联合国', '聯合國', 'United Nations', NULL, NULL, 0, '["seed000","seed004","R2"]', NULL, NULL, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('OSCE', 'organization', '欧洲安全与合作组织', '歐洲安全與合作組織', 'Organization for Security and Co-operation in Europe', NULL, NULL, 0, '["seed000","seed004","R2"]', NULL, NULL, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('LAS', 'organization', '阿拉伯国家联盟', '阿拉伯國家聯盟', 'League of Arab States', NULL, NULL, 0, '["seed000","seed004","R2"]', NULL, NULL, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('IOM', 'organization', '国际移民组织', '國際移民組織', 'International Organization for Migration', NULL, NULL, 0, '["seed000","seed004","A18"]', NULL, NULL, NULL);
-- TURKPA: renamed the Parliamentary Assembly of Turkic States at its 11th plenary session, June 2022 (V16; V10
-- uses the new name in 2026). No Chinese source found for the new name: 突厥国家议会大会 follows 突厥国家组织,
-- the Chinese name of the Organization of Turkic States; the old names (V3: 突厥语国家议会大会) are aliases.
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('TURKPA', 'organization', '突厥国家议会大会', '突厥國家議會大會', 'Parliamentary Assembly of Turkic States', NULL, NULL, 0, '["seed000","A17","V3","V10","V16"]', NULL, NULL, NULL);
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('EAEU', 'organization', '欧亚经济联盟', '歐亞經濟聯盟', 'Eurasian Economic Union', NULL, NULL, 0, '["A10","A11","V13"]', NULL, NULL, NULL);
-- Former observer organisation named only by R2 (2001). No Chinese source names it: the Chinese names are
-- literal translations of R2's English name.
INSERT INTO entities (id, kind, name_hans, name_hant, name_en, region, subregion, founding, sources, iso_numeric, cow_ccode, wikidata) VALUES ('ISC', 'organization', '哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦国家间委员会', '哈薩克斯坦、吉爾吉斯斯坦、塔吉克斯坦和烏茲別克斯坦國家間委員會', 'Interstate Council of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan', NULL, NULL, 0, '["R2"]', NULL, NULL, NULL);

-- Aliases. variant: 'TW' / 'HK' regional form, 'short', 'official' (long official name), 'abbr', 'informal', 'ascii'.
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AZ', '亞塞拜然', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AZ', 'Republic of Azerbaijan', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('BD', '孟加拉', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('BD', 'People''s Republic of Bangladesh', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('BH', 'Kingdom of Bahrain', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KH', 'Kingdom of Cambodia', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KH', '柬埔寨王国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KH', '柬埔寨王國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('CN', 'People''s Republic of China', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('CN', 'PRC', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('CN', '中华人民共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('CN', '中華人民共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('EG', 'Arab Republic of Egypt', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('IR', 'Islamic Republic of Iran', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('IR', '伊朗伊斯兰共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('IR', '伊朗伊斯蘭共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('IQ', 'Republic of Iraq', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('IL', 'State of Israel', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('JO', 'Hashemite Kingdom of Jordan', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KZ', '哈薩克', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KZ', 'Republic of Kazakhstan', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KZ', '哈萨克斯坦共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KZ', '哈薩克斯坦共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KW', 'State of Kuwait', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KG', '吉爾吉斯', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KG', 'Kyrgyz Republic', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('MN', '蒙古国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('MN', '蒙古國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PK', 'Islamic Republic of Pakistan', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PK', '巴基斯坦伊斯兰共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PK', '巴基斯坦伊斯蘭共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PS', 'State of Palestine', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PS', '巴勒斯坦国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PS', '巴勒斯坦國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('QA', '卡達', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('QA', 'State of Qatar', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', '南韓', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', '南韩', 'zh-Hans', 'informal');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', '大韩民国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', '大韓民國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', 'South Korea', 'en', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', 'Korea', 'en', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('KR', 'ROK', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('RU', 'Russian Federation', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('RU', '俄罗斯联邦', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('RU', '俄羅斯聯邦', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LK', 'Democratic Socialist Republic of Sri Lanka', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TJ', '塔吉克', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TJ', 'Republic of Tajikistan', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TH', 'Kingdom of Thailand', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TH', '泰王国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TH', '泰王國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TR', 'Turkey', 'en', 'former');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TR', 'Turkiye', 'en', 'ascii');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TR', 'Republic of Türkiye', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TR', 'Republic of Turkey', 'en', 'former');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TR', '土耳其共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TR', '土耳其共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AE', '阿拉伯联合酋长国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AE', '阿拉伯聯合酋長國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AE', '阿拉伯聯合大公國', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AE', 'UAE', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('UZ', '烏茲別克', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('UZ', 'Republic of Uzbekistan', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('VN', 'Viet Nam', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('VN', 'Socialist Republic of Viet Nam', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('VN', '越南社会主义共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('VN', '越南社會主義共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('BY', 'Republic of Belarus', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('BY', '白俄罗斯共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('BY', '白俄羅斯共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('ID', '印尼', 'zh-Hans', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('ID', 'Republic of Indonesia', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LA', '寮國', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LA', 'Lao PDR', 'en', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LA', 'Lao People''s Democratic Republic', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LA', '老挝人民民主共和国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LA', '老撾人民民主共和國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('PH', 'Republic of the Philippines', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TM', '土庫曼', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('US', 'United States of America', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('US', 'USA', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('US', 'U.S.', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('US', '美利坚合众国', 'zh-Hans', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('US', '美利堅合眾國', 'zh-Hant', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('SA', '沙烏地阿拉伯', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('SA', '沙特', 'zh-Hans', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('SA', 'Kingdom of Saudi Arabia', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AU', '澳洲', 'zh-Hant', 'TW');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('AU', 'Commonwealth of Australia', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LB', 'Lebanese Republic', 'en', 'official');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('UN', 'UN', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('OSCE', 'OSCE', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('OSCE', '欧安组织', 'zh-Hans', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('OSCE', '歐安組織', 'zh-Hant', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LAS', 'Arab League', 'en', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LAS', 'LAS', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('LAS', '阿盟', 'zh-Hans', 'short');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('IOM', 'IOM', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TURKPA', 'TURKPA', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TURKPA', 'TurkPA', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TURKPA', 'TÜRKPA', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TURKPA', 'Parliamentary Assembly of Turkic-Speaking Countries', 'en', 'former');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TURKPA', '突厥语国家议会大会', 'zh-Hans', 'former');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('TURKPA', '突厥語國家議會大會', 'zh-Hant', 'former');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('EAEU', 'EAEU', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('EAEU', 'EEU', 'en', 'abbr');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('EAEU', '欧亚经济委员会', 'zh-Hans', 'organ');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('EAEU', '歐亞經濟委員會', 'zh-Hant', 'organ');
INSERT INTO aliases (entity, alias, lang, variant) VALUES ('EAEU', 'Eurasian Economic Commission', 'en', 'organ');
