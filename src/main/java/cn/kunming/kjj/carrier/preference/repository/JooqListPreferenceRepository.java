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
        dsl.insertInto(LIST_PREFERENCE, LIST_PREFERENCE.ACCOUNT_ID, LIST_PREFERENCE.LIST_KEY, LIST_PREFERENCE.HIDDEN,
                        LIST_PREFERENCE.WIDTHS, LIST_PREFERENCE.SAVED_AT)
                .values(accountId, listKey, hidden, widths, savedAt)
                .onDuplicateKeyUpdate()
                .set(LIST_PREFERENCE.HIDDEN, hidden)
                .set(LIST_PREFERENCE.WIDTHS, widths)
                .set(LIST_PREFERENCE.SAVED_AT, savedAt)
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
