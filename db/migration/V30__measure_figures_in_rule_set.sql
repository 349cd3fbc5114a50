-- The figures of Art. 4 to 6 join the versioned rule set (A8.1), so that a successor measure changes them as data:
-- 5 working days of public notice (P4.5), the yearly report due on 31 March (M5.1), the one-time subsidy of
-- 10 万元 (M5.2), two years without a new application after disqualification (M5.4), three months to report a
-- major change (G6.1). Every existing version takes the figures of 昆科规〔2025〕2号.
INSERT INTO rule_threshold (version, threshold_key, min_value) SELECT version, 'NOTICE_WORKING_DAYS', 5 FROM rule_set;
INSERT INTO rule_threshold (version, threshold_key, min_value) SELECT version, 'REPORT_DUE_MONTH', 3 FROM rule_set;
INSERT INTO rule_threshold (version, threshold_key, min_value) SELECT version, 'REPORT_DUE_DAY', 31 FROM rule_set;
INSERT INTO rule_threshold (version, threshold_key, min_value) SELECT version, 'SUBSIDY_YUAN', 100000 FROM rule_set;
INSERT INTO rule_threshold (version, threshold_key, min_value) SELECT version, 'REAPPLICATION_BAN_YEARS', 2 FROM rule_set;
INSERT INTO rule_threshold (version, threshold_key, min_value) SELECT version, 'CHANGE_REPORT_MONTHS', 3 FROM rule_set;
