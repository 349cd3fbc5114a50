package cn.kunming.kjj.carrier.eligibility.repository;

import cn.kunming.kjj.carrier.eligibility.RuleSet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Rule-set versions are public reference data (no tenant owns them). */
public interface RuleSetRepository {

    List<RuleSet> findAll();

    Optional<RuleSet> findInForceOn(LocalDate day);

    Optional<RuleSet> findByVersion(String version);

    void insert(RuleSet ruleSet, LocalDateTime createdAt, String createdBy);

    /** Closes the open-ended or later-ending version before a new one starts. */
    void endValidity(String version, LocalDate lastDay);
}
