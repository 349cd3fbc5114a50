package cn.kunming.kjj.carrier.audit.ui;

import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditChain;
import cn.kunming.kjj.carrier.audit.AuditCursor;
import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditPage;
import cn.kunming.kjj.carrier.audit.AuditPosition;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.audit.ChainReport;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import cn.kunming.kjj.carrier.common.ui.InputLimits;
import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

import java.util.Arrays;

/**
 * The auditor's read-only view of the audit trail, newest first, a page at a time. A page is found by seeking from the
 * edge of the one shown (decision 0033), so the buttons, a jump to a date and a jump to an event number cost the same
 * at the millionth event as at the first; only a filtered list is counted. The filters and the page shown stay in the
 * address (issue 25).
 */
@Route("audit")
@Menu(title = "nav.audit", order = 10, icon = "vaadin:records")
@RolesAllowed(Roles.AUDITOR)
class AuditLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 50;

    final Grid<AuditEvent> grid = new Grid<>();
    final TextField actor = filter("audit.actor");
    final ComboBox<AuditAction> action = choice("audit.action", AuditAction.values(),
            a -> getTranslation(a.messageKey()) + " · " + a.name());
    final DatePicker from = DatePickers.create(getTranslation("audit.from"), getLocale());
    final DatePicker to = DatePickers.create(getTranslation("audit.to"), getLocale());
    final ComboBox<AuditedEntity> entityType = choice("audit.entityType", AuditedEntity.values(),
            t -> getTranslation(t.messageKey()));
    final TextField entityId = filter("audit.entityId");

    final Button newest = pager("audit.newest", VaadinIcon.ANGLE_DOUBLE_UP);
    final Button newer = pager("audit.newer", VaadinIcon.ANGLE_UP);
    final Button older = pager("audit.older", VaadinIcon.ANGLE_DOWN);
    final Button oldest = pager("audit.oldest", VaadinIcon.ANGLE_DOUBLE_DOWN);
    final DatePicker jumpToDate = DatePickers.create(getTranslation("audit.jumpToDate"), getLocale());
    final IntegerField jumpToEvent = new IntegerField(getTranslation("audit.jumpToEvent"));
    /** Where the page stands, how many events match a filter, and what became of a jump. */
    final Span where = new Span();
    final Span matching = new Span();

    final Span chainState = new Span();
    final Button verify = new Button();

    private final transient AuditLog audit;
    private AuditPage page = new AuditPage(java.util.List.of(), false, false, AuditPage.Outcome.SHOWN);
    final ListAddress address = new ListAddress("audit");
    private boolean entering;

    AuditLogView(AuditLog audit, AuditChain chain) {
        this.audit = audit;
        setSizeFull();
        verify.setText(getTranslation("auditChain.verify"));
        verify.addClickListener(e -> {
            ChainReport report = chain.verify();
            show(report);
            show(AuditPosition.newest());
        });
        chain.lastReport().ifPresentOrElse(this::show, () -> chainState.setText(getTranslation("auditChain.never")));
        columns();
        grid.setEmptyStateText(getTranslation("list.empty"));
        for (TextField f : new TextField[]{actor, entityId}) {
            f.addValueChangeListener(e -> filtered());
        }
        action.addValueChangeListener(e -> filtered());
        entityType.addValueChangeListener(e -> filtered());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filtered();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filtered();
        });
        newest.addClickListener(e -> show(AuditPosition.newest()));
        oldest.addClickListener(e -> show(new AuditPosition.Oldest()));
        newer.addClickListener(e -> edge(true));
        older.addClickListener(e -> edge(false));
        jumpToDate.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(new AuditPosition.OnOrBefore(e.getValue()));
            }
        });
        jumpToEvent.setMin(1);
        jumpToEvent.setStepButtonsVisible(false);
        jumpToEvent.addValueChangeListener(e -> {
            Integer number = e.getValue();
            // a number out of range is refused beside the field (InputLimits) and goes nowhere
            if (number != null && number >= jumpToEvent.getMin() && number <= jumpToEvent.getMax()) {
                show(new AuditPosition.AtEvent(number));
            }
        });
        HorizontalLayout filters = new HorizontalLayout(actor, action, entityType, entityId, from, to,
                Downloads.streamed(getTranslation("carrier.export"), "审计日志.xlsx", Downloads.XLSX,
                        out -> audit.exportXlsx(query(), out)),
                Downloads.streamed(getTranslation("audit.exportCsv"), "审计日志.csv", Downloads.CSV,
                        out -> audit.exportCsv(query(), out)));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout pages = new HorizontalLayout(newest, newer, older, oldest, jumpToDate, jumpToEvent, where,
                matching);
        pages.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pages.setWrap(true);
        HorizontalLayout chainBar = new HorizontalLayout(chainState, verify);
        chainBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.audit")), chainBar, filters, pages, grid);
    }

    /**
     * The filters and the page shown come from the address (issue 25): a reload or a bookmark returns to the same
     * events. What does not parse, or names no action or type, is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        entering = true;
        actor.setValue(text(q, "actor"));
        action.setValue(QueryParams.read(q, "action", AuditAction::valueOf));
        entityType.setValue(QueryParams.read(q, "type", AuditedEntity::valueOf));
        entityId.setValue(text(q, "id"));
        from.setValue(QueryParams.read(q, "from", LocalDate::parse));
        to.setValue(QueryParams.read(q, "to", LocalDate::parse));
        entering = false;
        filtered();
        Long at = QueryParams.readId(q, "at");
        if (at != null) {
            show(new AuditPosition.AtEvent(at));
        }
    }

    private static String text(QueryParameters q, String name) {
        String value = QueryParams.read(q, name, s -> s);
        return value == null || value.length() > InputLimits.LINE ? "" : value;
    }

    /** The filters, and the page when it is not the newest (its first event), as the address keeps them. */
    private void remember() {
        AuditQuery query = query();
        address.write(this, new QueryParams().put("actor", blankless(query.actor())).put("action", query.action())
                .put("type", query.entityType()).put("id", blankless(query.entityId())).put("from", query.from())
                .put("to", query.to()).put("at", page.hasNewer() && !page.events().isEmpty()
                        ? page.events().getFirst().id() : null));
    }

    private static @Nullable String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void columns() {
        grid.addColumn(AuditEvent::id).setHeader(getTranslation("audit.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTimeSeconds(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.actorRole() == null ? "" : getTranslation("role." + e.actorRole()))
                .setHeader(getTranslation("audit.role"));
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> entityLabel(e.entityType()) + " " + e.entityId()).setHeader(getTranslation("audit.entity"));
        grid.addColumn(AuditEvent::tenantId).setHeader(getTranslation("audit.tenant"));
        grid.addColumn(AuditEvent::ruleId).setHeader(getTranslation("audit.rule"));
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
    }

    /**
     * A filter changed: back to the newest matching events. The whole log (ten million events after a few years) is
     * never counted, since a count is a full scan; a filtered list is found through an index and counted.
     */
    private void filtered() {
        if (entering) {
            return;
        }
        AuditQuery query = query();
        matching.setText(query.isEverything() ? "" : getTranslation("audit.matching", audit.count(query)));
        show(AuditPosition.newest());
    }

    /** The next page up or down from the rows shown; from the newest when none are. */
    private void edge(boolean up) {
        if (page.events().isEmpty()) {
            show(AuditPosition.newest());
        } else if (up) {
            show(new AuditPosition.NewerThan(AuditCursor.of(page.events().getFirst())));
        } else {
            show(new AuditPosition.OlderThan(AuditCursor.of(page.events().getLast())));
        }
    }

    private void show(AuditPosition position) {
        AuditPage next = audit.page(query(), position, PAGE);
        if (next.outcome() == AuditPage.Outcome.NO_SUCH_EVENT) {
            where.setText(getTranslation("audit.noSuchEvent", ((AuditPosition.AtEvent) position).number()));
            return;
        }
        page = next;
        grid.setItems(next.events());
        newest.setEnabled(next.hasNewer());
        newer.setEnabled(next.hasNewer());
        older.setEnabled(next.hasOlder());
        oldest.setEnabled(next.hasOlder());
        remember();
        where.setText(switch (position) {
            case AuditPosition.OnOrBefore d when next.outcome() == AuditPage.Outcome.BEFORE_THE_LOG ->
                    getTranslation("audit.beforeTheLog", Formats.date(d.day()));
            case AuditPosition.AtEvent e when !next.events().isEmpty() && next.events().getFirst().id() == e.number() -> {
                grid.select(next.events().getFirst());
                yield span(next);
            }
            case AuditPosition.AtEvent e -> getTranslation("audit.eventFilteredOut", e.number());
            default -> span(next);
        });
    }

    private String span(AuditPage shown) {
        return shown.events().isEmpty() ? "" : getTranslation("audit.pageSpan",
                Formats.dateTimeSeconds(shown.events().getFirst().occurredAt()),
                Formats.dateTimeSeconds(shown.events().getLast().occurredAt()));
    }

    private void show(ChainReport r) {
        chainState.setText(r.intact()
                ? getTranslation("auditChain.intact", Formats.dateTimeSeconds(r.checkedAt()), r.checkedBy(), r.eventsChecked())
                : getTranslation("auditChain.broken", Formats.dateTimeSeconds(r.checkedAt()), r.checkedBy(),
                        r.brokenSeq() == null ? "-" : r.brokenSeq(), r.brokenEventId() == null ? "-" : r.brokenEventId(),
                        r.problem() == null ? "-" : getTranslation(r.problem().messageKey())));
        chainState.getStyle().set("color", r.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private AuditQuery query() {
        return new AuditQuery(actor.getValue(), action.getValue() == null ? null : action.getValue().name(),
                entityType.getValue() == null ? null : entityType.getValue().name(), entityId.getValue(),
                from.getValue(), to.getValue());
    }

    /** The action in words, with its code (which the export and other systems use). */
    private String actionLabel(String stored) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(stored)).findFirst()
                .map(a -> getTranslation(a.messageKey()) + "（" + stored + "）").orElse(stored);
    }

    /** Events written before the entity types were an enum may carry a name that is no longer one. */
    private String entityLabel(String stored) {
        return Arrays.stream(AuditedEntity.values()).filter(t -> t.name().equals(stored)).findFirst()
                .map(t -> getTranslation(t.messageKey())).orElse(stored);
    }

    private Button pager(String labelKey, VaadinIcon icon) {
        Button button = new Button(getTranslation(labelKey), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private <T> ComboBox<T> choice(String labelKey, T[] items, ItemLabelGenerator<T> label) {
        ComboBox<T> box = new ComboBox<>(getTranslation(labelKey), items);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        return box;
    }

    private TextField filter(String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
