package cn.kunming.kjj.carrier.audit.ui;

import cn.kunming.kjj.carrier.audit.AuditEvent;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditChain;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.common.ui.DatePickers;
import cn.kunming.kjj.carrier.audit.ChainReport;
import cn.kunming.kjj.carrier.audit.AuditQuery;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The auditor's read-only view of the audit trail, newest first. */
@Route("audit")
@Menu(title = "nav.audit", order = 10, icon = "vaadin:records")
@RolesAllowed(Roles.AUDITOR)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEvent> grid = new Grid<>();
    final TextField actor = filter("audit.actor");
    final ComboBox<AuditAction> action = choice("audit.action", AuditAction.values(),
            a -> getTranslation(a.messageKey()) + " · " + a.name());
    final DatePicker from = DatePickers.create(getTranslation("audit.from"), getLocale());
    final DatePicker to = DatePickers.create(getTranslation("audit.to"), getLocale());
    final ComboBox<AuditedEntity> entityType = choice("audit.entityType", AuditedEntity.values(),
            t -> getTranslation(t.messageKey()));
    final TextField entityId = filter("audit.entityId");

    final Span chainState = new Span();
    final Button verify = new Button();

    private final transient AuditLog audit;

    AuditLogView(AuditLog audit, AuditChain chain) {
        this.audit = audit;
        setSizeFull();
        verify.setText(getTranslation("auditChain.verify"));
        verify.addClickListener(e -> {
            ChainReport report = chain.verify();
            show(report);
            grid.getDataProvider().refreshAll();
        });
        chain.lastReport().ifPresentOrElse(this::show, () -> chainState.setText(getTranslation("auditChain.never")));
        grid.addColumn(e -> Formats.dateTimeSeconds(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.actorRole() == null ? "" : getTranslation("role." + e.actorRole()))
                .setHeader(getTranslation("audit.role"));
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> entityLabel(e.entityType()) + " " + e.entityId()).setHeader(getTranslation("audit.entity"));
        grid.addColumn(AuditEvent::tenantId).setHeader(getTranslation("audit.tenant"));
        grid.addColumn(AuditEvent::ruleId).setHeader(getTranslation("audit.rule"));
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        GridLazyDataView<AuditEvent> rows = grid.setItems(q -> audit.find(query(), q.getOffset(), q.getLimit()).stream());
        countWhenFiltered(rows);
        grid.setEmptyStateText(getTranslation("list.empty"));
        for (TextField f : new TextField[]{actor, entityId}) {
            f.addValueChangeListener(e -> countWhenFiltered(rows));
        }
        action.addValueChangeListener(e -> countWhenFiltered(rows));
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            countWhenFiltered(rows);
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            countWhenFiltered(rows);
        });
        entityType.addValueChangeListener(e -> countWhenFiltered(rows));
        HorizontalLayout filters = new HorizontalLayout(actor, action, entityType, entityId, from, to,
                cn.kunming.kjj.carrier.common.ui.Downloads.link(getTranslation("carrier.export"), "审计日志.xlsx",
                        cn.kunming.kjj.carrier.common.ui.Downloads.XLSX, () -> audit.export(query())));
        filters.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        HorizontalLayout chainBar = new HorizontalLayout(chainState, verify);
        chainBar.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.audit")), chainBar, filters, grid);
    }

    private void show(ChainReport r) {
        chainState.setText(r.intact()
                ? getTranslation("auditChain.intact", Formats.dateTimeSeconds(r.checkedAt()), r.checkedBy(), r.eventsChecked())
                : getTranslation("auditChain.broken", Formats.dateTimeSeconds(r.checkedAt()), r.checkedBy(),
                        r.brokenSeq() == null ? "-" : r.brokenSeq(), r.brokenEventId() == null ? "-" : r.brokenEventId(),
                        r.problem() == null ? "-" : getTranslation(r.problem().messageKey())));
        chainState.getStyle().set("color", r.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    /**
     * The whole log (a million events after a few years) is scrolled newest first without counting it: a count and a
     * page far down are full scans. Filtered, the rows are found through an index and counted.
     */
    private void countWhenFiltered(GridLazyDataView<AuditEvent> rows) {
        if (query().isEverything()) {
            rows.setItemCountUnknown();
        } else {
            rows.setItemCountCallback(q -> audit.count(query()));
        }
        grid.getDataProvider().refreshAll();
    }

    private AuditQuery query() {
        return new AuditQuery(actor.getValue(), action.getValue() == null ? null : action.getValue().name(),
                entityType.getValue() == null ? null : entityType.getValue().name(), entityId.getValue(),
                from.getValue(), to.getValue());
    }

    /** The action in words, with its code (which the export and other systems use). */
    private String actionLabel(String stored) {
        return java.util.Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(stored)).findFirst()
                .map(a -> getTranslation(a.messageKey()) + "（" + stored + "）").orElse(stored);
    }

    /** Events written before the entity types were an enum may carry a name that is no longer one. */
    private String entityLabel(String stored) {
        return java.util.Arrays.stream(AuditedEntity.values()).filter(t -> t.name().equals(stored)).findFirst()
                .map(t -> getTranslation(t.messageKey())).orElse(stored);
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
