package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.ContentStream;
import cn.kunming.kjj.carrier.common.ui.Downloads;
import cn.kunming.kjj.carrier.dossier.Attachment;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.TeamMember;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.eligibility.ui.FactsSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A submitted dossier, read-only, section by section under the codes of the district's checklist; a note on a
 * section (a reason for return) is shown right under its heading. Attachments open through the given loader, so
 * each reader fetches them under its own rights.
 */
public class DossierContentPanel extends VerticalLayout {

    public DossierContentPanel(DossierContent content, List<Attachment> attachments, Map<String, String> notes,
                               LongFunction<ContentStream> attachmentLoader) {
        setPadding(false);
        Facts f = content.facts();
        section("basic", notes, line("selfCheck.name", f.name()), line("dossier.industryField", content.industryField()));
        section("facts", notes, new FactsSummary(f));
        section("team", notes, people("team.operating", content.team()), people("team.advisors", content.advisors()));
        UnorderedList projects = new UnorderedList();
        content.reserveProjects().forEach(p -> projects.add(new ListItem(String.join("；", p.name(), p.field(), p.stage()))));
        section("reserveProjects", notes, projects);
        section("services", notes, new Paragraph(String.join("、", content.services())));
        section("managementSystems", notes, text(content.managementSystems()));
        section("performanceEvidence", notes, text(content.performanceEvidence()));
        section("commitment", notes, new Paragraph(getTranslation(content.commitment() ? "dossier.commitmentGiven"
                : "dossier.commitmentMissing")));
        UnorderedList files = new UnorderedList();
        for (Attachment a : attachments) {
            files.add(new ListItem(Downloads.stored(a.fileName() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）",
                    a.fileName(), a.contentType(), () -> attachmentLoader.apply(a.id()))));
            notes.entrySet().stream().filter(n -> n.getKey().equals("attachment:" + a.requirementCode()))
                    .forEach(n -> files.add(note(n.getValue())));
        }
        section("attachments", notes, files);
    }

    private void section(String code, Map<String, String> notes, Component... body) {
        H4 heading = new H4(getTranslation("section." + code));
        heading.setId("section-" + code);
        add(heading);
        if (notes.containsKey(code)) {
            add(note(notes.get(code)));
        }
        add(body);
    }

    private Div note(String text) {
        Div note = new Div(new Span(getTranslation("review.problemNote", text)));
        note.addClassName("review-note");
        return note;
    }

    private Paragraph line(String key, @Nullable Object value) {
        return new Paragraph(getTranslation(key) + "：" + (value == null ? "—" : value));
    }

    private Component people(String key, List<TeamMember> people) {
        UnorderedList list = new UnorderedList();
        people.forEach(p -> list.add(new ListItem(String.join("，", p.name(), p.role(), p.qualification())
                + (p.techBroker() ? "（" + getTranslation("team.broker") + "）" : ""))));
        VerticalLayout box = new VerticalLayout(new Span(getTranslation(key) + "（" + people.size() + "）"), list);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private static Paragraph text(@Nullable String value) {
        Paragraph p = new Paragraph(value == null || value.isBlank() ? "—" : value);
        p.getStyle().set("white-space", "pre-wrap");
        return p;
    }
}
