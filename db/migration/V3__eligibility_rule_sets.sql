-- Thresholds of Art. 2–3 as versioned data (A8.1). A version is in force from valid_from to valid_to
-- inclusive; a dossier is judged by the version in force on its submission date.
CREATE TABLE rule_set (
    version     VARCHAR(32)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    created_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_rule_set PRIMARY KEY (version),
    CONSTRAINT uq_rule_set_valid_from UNIQUE (valid_from)
);

CREATE TABLE rule_threshold (
    version        VARCHAR(32)    NOT NULL,
    threshold_key  VARCHAR(64)    NOT NULL,
    min_value      DECIMAL(14, 2) NOT NULL,
    CONSTRAINT pk_rule_threshold PRIMARY KEY (version, threshold_key),
    CONSTRAINT fk_rule_threshold_set FOREIGN KEY (version) REFERENCES rule_set (version)
);

INSERT INTO rule_set (version, title, valid_from, valid_to, created_at, created_by) VALUES
('KM-2025-2', '昆科规〔2025〕2号（2025-11-14 至 2028-11-14）', DATE '2025-11-14', DATE '2028-11-14',
 TIMESTAMP '2025-11-14 00:00:00', 'system');

INSERT INTO rule_threshold (version, threshold_key, min_value) VALUES
('KM-2025-2', 'POC_SITE_AREA_SQM', 200),
('KM-2025-2', 'POC_OPERATING_TEAM', 6),
('KM-2025-2', 'POC_ADVISORS', 5),
('KM-2025-2', 'POC_TECH_BROKERS', 1),
('KM-2025-2', 'POC_RESERVE_PROJECTS', 3),
('KM-2025-2', 'POC_ANNUAL_SERVICE_REVENUE_WAN', 50),
('KM-2025-2', 'POC_FINANCING_WAN', 200),
('KM-2025-2', 'POC_TECH_TRANSACTIONS_WAN', 100),
('KM-2025-2', 'POC_INCUBATED_ENTERPRISES', 1),
('KM-2025-2', 'POC_FUND_WAN', 200),
('KM-2025-2', 'PILOT_LAST_YEAR_SERVICE_REVENUE_WAN', 100),
('KM-2025-2', 'PILOT_SITE_AREA_SQM', 1000),
('KM-2025-2', 'PILOT_EQUIPMENT_VALUE_WAN', 500),
('KM-2025-2', 'PILOT_OPERATING_TEAM', 10),
('KM-2025-2', 'PILOT_ADVISORS', 5),
('KM-2025-2', 'PILOT_TECH_BROKERS', 1),
('KM-2025-2', 'PILOT_RESERVE_PROJECTS', 5),
('KM-2025-2', 'PILOT_PROJECTS', 3),
('KM-2025-2', 'PILOT_PRODUCTIZED_RESULTS', 3),
('KM-2025-2', 'PILOT_INCUBATED_ENTERPRISES', 1),
('KM-2025-2', 'PILOT_INCUBATED_VALUATION_WAN', 500),
('KM-2025-2', 'PILOT_INCUBATED_REVENUE_WAN', 100),
('KM-2025-2', 'PILOT_TECH_CONTRACTS_WAN', 200);
