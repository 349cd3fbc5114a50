package cn.kunming.kjj.carrier.preference.repository;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.preference.ColumnLayout;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Optional;

import static cn.kunming.kjj.carrier.jooq.Tables.LIST_PREFERENCE;

@Repository
class JooqListPreferenceRepository implements ListPreferenceRepository {

    private final DSLContext dsl;

    JooqListPreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ColumnLayout> find(AccountId accountId, String listKey) {
        return dsl.select(LIST_PREFERENCE.HIDDEN, LIST_PREFERENCE.WIDTHS).from(LIST_PREFERENCE)
                .where(LIST_PREFERENCE.ACCOUNT_ID.eq(accountId)).and(LIST_PREFERENCE.LIST_KEY.eq(listKey))
                .fetchOptional(r -> ColumnLayout.parse(r.value1(), r.value2()));
    }

    @Override
    public void save(AccountId accountId, String listKey, ColumnLayout layout, LocalDateTime savedAt) {
        String hidden = truncate(layout.hiddenText(), 1000);
        String widths = truncate(layout.widthsText(), 2000);
        // once the row exists (every save after the first) one update; no INSERT … ON DUPLICATE KEY UPDATE, whose
        // MySQL 8 form (AS excluded) MariaDB does not take
        if (update(accountId, listKey, hidden, widths, savedAt) == 0) {
            int inserted = dsl.insertInto(LIST_PREFERENCE)
                    .set(LIST_PREFERENCE.ACCOUNT_ID, accountId)
                    .set(LIST_PREFERENCE.LIST_KEY, listKey)
                    .set(LIST_PREFERENCE.HIDDEN, hidden)
                    .set(LIST_PREFERENCE.WIDTHS, widths)
                    .set(LIST_PREFERENCE.SAVED_AT, savedAt)
                    .onDuplicateKeyIgnore()
                    .execute();
            if (inserted == 0) {
                update(accountId, listKey, hidden, widths, savedAt);
            }
        }
    }

    private int update(AccountId accountId, String listKey, String hidden, String widths, LocalDateTime savedAt) {
        return dsl.update(LIST_PREFERENCE)
                .set(LIST_PREFERENCE.HIDDEN, hidden)
                .set(LIST_PREFERENCE.WIDTHS, widths)
                .set(LIST_PREFERENCE.SAVED_AT, savedAt)
                .where(LIST_PREFERENCE.ACCOUNT_ID.eq(accountId)).and(LIST_PREFERENCE.LIST_KEY.eq(listKey))
                .execute();
    }

    /** Forty keys of forty characters fit; a cut list loses its last entry, never the row. */
    private static String truncate(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        String cut = text.substring(0, most);
        int last = Math.max(cut.lastIndexOf(','), cut.lastIndexOf(';'));
        return last < 0 ? "" : cut.substring(0, last);
    }
}
