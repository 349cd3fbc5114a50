package cn.kunming.kjj.carrier.credit.ui;

import cn.kunming.kjj.carrier.credit.CreditListFile;
import cn.kunming.kjj.carrier.common.ui.LimitedUpload;
import cn.kunming.kjj.carrier.common.ImportReport;
import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.common.ui.ImportProblems;
import cn.kunming.kjj.carrier.credit.CreditImport;
import cn.kunming.kjj.carrier.credit.CreditService;
import cn.kunming.kjj.carrier.credit.ListingEntry;
import cn.kunming.kjj.carrier.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The credit list files the bureau imported (all or nothing, once per file) and their entries (C2.5, C3.6). */
@Route("bureau/credit-lists")
@Menu(title = "nav.creditLists", order = 37, icon = "vaadin:ban")
@RolesAllowed(Roles.BUREAU_OFFICER)
class CreditListsView extends VerticalLayout implements HasDynamicTitle {

    private final transient CreditService credit;
    final Grid<CreditImport> imports = new Grid<>();
    final Grid<ListingEntry> entries = new Grid<>();
    final TextField search = new TextField();
    final ImportProblems imported = new ImportProblems();

    CreditListsView(CreditService credit) {
        this.credit = credit;
        Upload upload = new LimitedUpload(CreditListFile.MAX_BYTES, LimitedUpload.wholeFile(this::importFile), ".csv", ".xlsx");
        upload.setUploadButton(new Button(getTranslation("credit.import")));
        imports.addColumn(CreditImport::fileName).setHeader(getTranslation("credit.file")).setFlexGrow(1);
        imports.addColumn(CreditImport::entries).setHeader(getTranslation("credit.entries")).setAutoWidth(true);
        imports.addColumn(CreditImport::importedBy).setHeader(getTranslation("audit.actor"));
        imports.addColumn(i -> Formats.dateTime(i.importedAt())).setHeader(getTranslation("credit.importedAt"));
        imports.addColumn(i -> i.sha256().substring(0, 12)).setHeader("SHA-256");
        imports.setAllRowsVisible(true);
        search.setPlaceholder(getTranslation("credit.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> entries.setItems(credit.entries(e.getValue())));
        entries.addColumn(ListingEntry::creditCode).setHeader(getTranslation("unit.creditCode")).setAutoWidth(true);
        entries.addColumn(ListingEntry::name).setHeader(getTranslation("unit.name")).setFlexGrow(1);
        entries.addColumn(ListingEntry::listType).setHeader(getTranslation("credit.listType"));
        entries.addColumn(ListingEntry::authority).setHeader(getTranslation("credit.authority"));
        entries.addColumn(e -> Formats.date(e.listedOn())).setHeader(getTranslation("credit.listedOn"));
        entries.addColumn(e -> Formats.date(e.removedOn())).setHeader(getTranslation("credit.removedOn"));
        add(new H2(getTranslation("nav.creditLists")), new Paragraph(getTranslation("credit.intro")), upload, imported, imports, new H3(getTranslation("credit.entriesTitle")), search, entries);
        refresh();
    }

    private void refresh() {
        imports.setItems(credit.imports());
        entries.setItems(credit.entries(search.getValue()));
    }

    void importFile(String fileName, byte[] bytes) {
        ImportReport report = credit.importList(fileName, bytes);
        imported.show(report, "creditImport.done");
        if (report.imported()) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.creditLists");
    }
}
