package cn.kunming.kjj.carrier.preference.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.preference.ColumnLayout;

import java.time.LocalDateTime;
import java.util.Optional;

public interface ListPreferenceRepository {

    Optional<ColumnLayout> find(AccountId accountId, String listKey);

    void save(AccountId accountId, String listKey, ColumnLayout layout, LocalDateTime savedAt);
}
