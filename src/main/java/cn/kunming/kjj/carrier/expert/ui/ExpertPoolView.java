package cn.kunming.kjj.carrier.expert.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.ui.LimitedUpload;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.ImportProblems;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.expert.Expert;
import cn.kunming.kjj.carrier.expert.ExpertDraft;
import cn.kunming.kjj.carrier.expert.ExpertFields;
import cn.kunming.kjj.carrier.expert.ExpertService;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import cn.kunming.kjj.carrier.common.ui.ListAddress;
import cn.kunming.kjj.carrier.common.ui.ListGrids;
import cn.kunming.kjj.carrier.common.ui.ListSearch;
import cn.kunming.kjj.carrier.common.SearchTerm;
import cn.kunming.kjj.carrier.common.ui.QueryParams;
import cn.kunming.kjj.carrier.common.ui.RowCount;
import cn.kunming.kjj.carrier.preference.ListPreferenceService;
import cn.kunming.kjj.carrier.preference.ui.ColumnChooser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Objects;

/** The expert pool (专家库, P4.4): typed in one by one or imported from Excel, every row or none. */
@Route("bureau/experts")
@Menu(title = "nav.experts", order = 32, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.BUREAU_OFFICER)
class ExpertPoolView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ExpertService experts;
    final Grid<Expert> grid = new Grid<>();
    final ImportProblems imported = new ImportProblems();
    final ListSearch search = new ListSearch("expert.search", this::filter);
    final ComboBox<String> field = new ComboBox<>();
    final ComboBox<Boolean> active = new ComboBox<>();
    final RowCount count = new RowCount();
    final ListAddress address = new ListAddress("bureau/experts");
    private java.util.Map<cn.kunming.kjj.carrier.common.ExpertId, String> nominators = java.util.Map.of();
    private List<Expert> pool = List.of();

    ExpertPoolView(ExpertService experts, ListPreferenceService preferences) {
        this.experts = experts;
        setSizeFull();
        grid.addColumn(Expert::name).setHeader(getTranslation("expert.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(e -> ExpertFields.join(e.fields())).setHeader(getTranslation("expert.fields")).setKey("fields")
                .setFlexGrow(1);
        grid.addColumn(Expert::title).setHeader(getTranslation("expert.title")).setKey("title");
        grid.addColumn(Expert::affiliation).setHeader(getTranslation("expert.affiliation")).setKey("affiliation")
                .setFlexGrow(1);
        grid.addColumn(Expert::phone).setHeader(getTranslation("expert.phone")).setKey("phone");
        grid.addColumn(e -> getTranslation(e.active() ? "expert.active" : "expert.inactive"))
                .setHeader(getTranslation("account.status")).setKey("status");
        grid.addColumn(e -> getTranslation(e.accountId() == null ? "expert.noAccount" : "expert.hasAccount"))
                .setHeader(getTranslation("expert.account")).setKey("account");
        // P4.4: an expert an industry authority nominated keeps the authority's name in the pool
        grid.addColumn(e -> nominators.getOrDefault(e.id(), "")).setHeader(getTranslation("expert.nominatedBy"))
                .setKey("nominatedBy");
        grid.addItemClickListener(e -> edit(e.getItem()));
        ListGrids.enterOpens(grid, this::edit);
        grid.setEmptyStateText(getTranslation("list.empty"));
        field.setPlaceholder(getTranslation("expert.fields"));
        field.setClearButtonVisible(true);
        active.setItems(true, false);
        active.setItemLabelGenerator(a -> getTranslation(a ? "expert.active" : "expert.inactive"));
        active.setPlaceholder(getTranslation("account.status"));
        active.setClearButtonVisible(true);
        field.addValueChangeListener(e -> filter());
        active.addValueChangeListener(e -> filter());

        Button add = new Button(getTranslation("expert.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Upload upload = new LimitedUpload(5 * 1024 * 1024, LimitedUpload.wholeFile(this::importSheet), ".xlsx");
        upload.setUploadButton(new Button(getTranslation("expert.import")));
        HorizontalLayout actions = new HorizontalLayout(add, upload, Downloads.link(getTranslation("expert.template"),
                "专家库导入模板.xlsx", Downloads.XLSX, experts::template));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(search, field, active, count,
                new ColumnChooser(grid, "experts", preferences));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.experts")), actions, imported, filters, grid);
        refresh();
    }

    private void refresh() {
        nominators = experts.nominators();
        pool = experts.all();
        field.setItems(pool.stream().flatMap(e -> e.fields().stream()).distinct().sorted().toList());
        grid.setItems(pool);
        filter();
    }

    /** The pool is small (hundreds) and the bureau's alone: filtered in memory, counted as shown. */
    private void filter() {
        SearchTerm term = search.term();
        String text = term == null ? "" : term.text();
        grid.getListDataView().setFilter(e -> (text.isEmpty() || e.name().contains(text)
                || e.affiliation().contains(text)) && (field.getValue() == null || e.fields().contains(field.getValue()))
                && (active.getValue() == null || e.active() == active.getValue()));
        count.show(grid.getListDataView().getItemCount());
        address.write(this, search.into(new QueryParams()).put("field", field.getValue())
                .put("active", active.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        search.read(q);
        String chosen = QueryParams.read(q, "field", s -> s);
        field.setValue(field.getListDataView().getItems().anyMatch(f -> f.equals(chosen)) ? chosen : null);
        active.setValue(QueryParams.read(q, "active", s -> switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(s);
        }));
        filter();
    }

    /** Shows what an import did, or every line that kept it from happening. */
    void importSheet(String fileName, byte[] bytes) {
        ImportReport report = experts.importSheet(fileName, bytes);
        imported.show(report, "expertImport.done");
        if (report.imported()) {
            refresh();
        }
    }

    FormDialog edit(@Nullable Expert existing) {
        TextField name = new TextField(getTranslation("expert.name"));
        TextField fields = new TextField(getTranslation("expert.fields"));
        fields.setHelperText(getTranslation("expert.fieldsHelp"));
        TextField title = new TextField(getTranslation("expert.title"));
        TextField affiliation = new TextField(getTranslation("expert.affiliation"));
        TextField code = new TextField(getTranslation("expert.affiliationCreditCode"));
        TextField phone = new TextField(getTranslation("expert.phone"));
        TextField email = new TextField(getTranslation("expert.email"));
        Checkbox active = new Checkbox(getTranslation("expert.active"), true);
        ComboBox<Account> account = new ComboBox<>(getTranslation("expert.account"));
        List<Account> accounts = experts.expertAccounts();
        account.setItems(accounts);
        account.setItemLabelGenerator(a -> a.username() + "（" + a.displayName() + "）");
        account.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            fields.setValue(ExpertFields.join(existing.fields()));
            title.setValue(Objects.toString(existing.title(), ""));
            affiliation.setValue(existing.affiliation());
            code.setValue(Objects.toString(existing.affiliationCreditCode(), ""));
            phone.setValue(Objects.toString(existing.phone(), ""));
            email.setValue(Objects.toString(existing.email(), ""));
            active.setValue(existing.active());
            accounts.stream().filter(a -> Objects.equals(a.id(), existing.accountId())).findFirst().ifPresent(account::setValue);
        }
        FormLayout form = new FormLayout(name, fields, title, affiliation, code, phone, email, account, active);
        FormDialog dialog = new FormDialog(getTranslation(existing == null ? "expert.add" : "expert.edit"), form,
                getTranslation("action.save"), () -> {
            ExpertDraft draft = new ExpertDraft(name.getValue(), ExpertFields.parse(fields.getValue()), title.getValue(),
                    affiliation.getValue(), code.getValue(), phone.getValue(), email.getValue(), active.getValue());
            experts.save(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(), draft,
                    account.getValue() == null ? null : account.getValue().id());
        }, () -> {
            Notifications.success(this, "expert.saved", name.getValue());
            refresh();
        });
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.experts");
    }
}
