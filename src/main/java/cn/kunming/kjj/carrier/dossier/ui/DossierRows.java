package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.CallId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.ui.PagedTableMarkup;
import cn.kunming.kjj.carrier.common.ui.PagedTableMarkup.Column;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.dossier.DossierFilter;
import cn.kunming.kjj.carrier.dossier.DossierListService;
import cn.kunming.kjj.carrier.dossier.DossierRow;
import cn.kunming.kjj.carrier.dossier.DossierSort;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.tenant.TenantService;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of the officers' dossier list as markup, read from the list's own address in the reader's scope: the rows
 * never enter the Vaadin session (decision 0044). The browser fetches it ({@link DossierRowsEndpoint}); the list view
 * names its columns from here, so the page and the chooser agree.
 */
@Component
public class DossierRows {

    static final String DOSSIER_ROUTE = "dossiers/";
    static final String UNIT_ROUTE = "units/";

    private final DossierListService dossiers;
    private final CallService calls;
    private final TenantService tenants;
    private final CurrentUser currentUser;
    private final ListPreferenceService preferences;

    DossierRows(DossierListService dossiers, CallService calls, TenantService tenants, CurrentUser currentUser,
                ListPreferenceService preferences) {
        this.dossiers = dossiers;
        this.calls = calls;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    /** The list's filter as its address says it; what does not parse is ignored, the search as the list reads it. */
    static DossierFilter filter(QueryParameters q) {
        return DossierListLink.parse(q).withText(ListSearch.termOf(q));
    }

    /** The list's address: its call ({@code all}: every call), filters, search, sort and page (from 1). */
    static QueryParams state(DossierFilter f, @Nullable String sort, int page) {
        return new QueryParams().put(ListSearch.PARAMETER, SearchTerm.textOf(f.text()))
                .put("call", f.callId() == null ? "all" : f.callId()).put("stage", f.stage())
                .put("status", f.status()).put("kind", f.kind())
                .put("tenant", f.tenant() == null ? null : f.tenant().value()).put("field", f.field())
                .put("year", f.year()).put("sort", sort).put("page", page > 1 ? page : null);
    }

    /** The page the address names (from 1); the page of {@code pos} in an address written before the list had pages. */
    static int page(QueryParameters q) {
        Integer page = QueryParams.readInt(q, "page", 1, 999_999_999);
        if (page != null) {
            return page;
        }
        Integer pos = QueryParams.readInt(q, "pos", 0, 1_000_000);
        return pos == null ? 1 : pos / PagedTableMarkup.PAGE_SIZE + 1;
    }

    /** The keys and headers of the reader's columns: the tenant's for the bureau, the call's while every call shows. */
    Map<String, String> headers(boolean everyCall, Locale locale) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        columns(everyCall, locale, Map.of(), Map.of()).forEach(c -> headers.put(c.key(), c.header()));
        return headers;
    }

    /** The page of the list at this address, in the reader's scope, with the columns the reader has not hidden. */
    String html(QueryParameters q, Locale locale) {
        DossierFilter f = filter(q);
        String sort = DossierSort.parsed(QueryParams.read(q, "sort", s -> s)).isPresent()
                ? QueryParams.read(q, "sort", s -> s) : null;
        int count = dossiers.count(f);
        int page = Math.min(page(q), PagedTableMarkup.Page.lastPage(count));
        List<DossierRow> rows = count == 0 ? List.of() : dossiers.rows(f, DossierSort.parse(sort, DossierSort.NEWEST),
                (page - 1) * PagedTableMarkup.PAGE_SIZE, PagedTableMarkup.PAGE_SIZE);
        Map<CallId, String> callTitles = f.callId() != null ? Map.of() : calls.published().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.title(), (a, b) -> a));
        boolean english = Messages.isEnglish(locale);
        Map<String, String> tenantNames = bureau() ? tenants.all().stream()
                .collect(Collectors.toMap(t -> t.id().value(), t -> t.displayName(english))) : Map.of();
        List<Column<DossierRow>> columns = columns(f.callId() == null, locale, callTitles, tenantNames);
        PagedTableMarkup<DossierRow> markup = new PagedTableMarkup<>(columns, r -> r.id().value(),
                (nextSort, nextPage) -> state(f, nextSort, nextPage).href(DossierListLink.ROUTE), locale);
        return markup.html(new PagedTableMarkup.Page<>(count, page, sort, rows),
                preferences.layout(DossiersView.LIST_KEY).hidden());
    }

    private boolean bureau() {
        return currentUser.require().role() == Role.BUREAU_OFFICER;
    }

    private List<Column<DossierRow>> columns(boolean everyCall, Locale locale, Map<CallId, String> callTitles,
                                             Map<String, String> tenantNames) {
        List<Column<DossierRow>> columns = new ArrayList<>();
        Function<DossierRow, String> dossier = r -> DOSSIER_ROUTE + r.id().value();
        columns.add(column("unit", "unit.name", locale, DossierRow::unitName, DossierSort.Column.UNIT,
                r -> UNIT_ROUTE + r.unitId().value(), true));
        columns.add(column("creditCode", "unit.creditCode", locale, DossierRow::creditCode, null, dossier, false));
        columns.add(column("name", "selfCheck.name", locale, DossierRow::name, DossierSort.Column.NAME, dossier, true));
        columns.add(column("kind", "selfCheck.kind", locale, d -> Messages.get(d.kind().messageKey(), locale),
                DossierSort.Column.KIND, dossier, false));
        if (bureau()) {
            // a district's list holds its own tenant's dossiers only: the column would repeat its name on every row
            columns.add(column("tenant", "unit.tenant", locale, d -> tenantNames.getOrDefault(d.tenantId().value(), ""),
                    DossierSort.Column.TENANT, dossier, false));
        }
        columns.add(column("field", "dossier.industryField", locale, DossierRow::industryField,
                DossierSort.Column.FIELD, dossier, false));
        if (everyCall) {
            // a chosen call is in the box above the list
            columns.add(column("call", "dossier.call", locale, d -> callTitles.getOrDefault(d.callId(), ""), null,
                    dossier, false));
        }
        columns.add(column("status", "account.status", locale, d -> Messages.get(d.status().messageKey(), locale),
                DossierSort.Column.STATUS, dossier, false));
        columns.add(column("lastSaved", "dossier.lastSaved", locale, d -> Formats.dateTime(d.lastSavedAt()),
                DossierSort.Column.LAST_SAVED, dossier, false));
        columns.add(column("versions", "dossier.versions", locale, d -> String.valueOf(d.submittedVersions()), null,
                dossier, false));
        return columns;
    }

    private static Column<DossierRow> column(String key, String headerKey, Locale locale,
                                             Function<DossierRow, @Nullable String> text,
                                             DossierSort.@Nullable Column sort, Function<DossierRow, String> opens,
                                             boolean tabStop) {
        return new Column<>(key, Messages.get(headerKey, locale), text, sort == null ? null : sort.name(), opens,
                tabStop);
    }
}
