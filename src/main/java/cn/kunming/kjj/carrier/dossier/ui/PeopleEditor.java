package cn.kunming.kjj.carrier.dossier.ui;

import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.ui.Autosave;
import cn.kunming.kjj.carrier.common.ui.FormDialog;
import cn.kunming.kjj.carrier.common.ui.Notifications;
import cn.kunming.kjj.carrier.dossier.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A list of people (the operating team, or the advisors with their brokers): add, change or remove a row. */
class PeopleEditor extends VerticalLayout {

    private final List<TeamMember> people = new ArrayList<>();
    private final transient Runnable onChange;
    final Grid<TeamMember> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField role = new TextField();
    final TextField qualification = new TextField();
    final Checkbox broker = new Checkbox();

    PeopleEditor(String titleKey, List<TeamMember> initial, boolean withBrokers, Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        people.addAll(initial);
        grid.addColumn(TeamMember::name).setHeader(getTranslation("team.name"));
        grid.addColumn(TeamMember::role).setHeader(getTranslation("team.role"));
        grid.addColumn(TeamMember::qualification).setHeader(getTranslation("team.qualification"));
        if (withBrokers) {
            grid.addColumn(m -> m.techBroker() ? "✓" : "").setHeader(getTranslation("team.broker")).setAutoWidth(true);
        }
        grid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(m, withBrokers));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("attachment.remove"), e -> remove(m));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, remove);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        name.setPlaceholder(getTranslation("team.name"));
        role.setPlaceholder(getTranslation("team.role"));
        qualification.setPlaceholder(getTranslation("team.qualification"));
        broker.setLabel(getTranslation("team.broker"));
        broker.setVisible(withBrokers);
        Autosave.whileTyping(name, role, qualification);
        Button add = new Button(getTranslation("team.add"), e -> add());
        HorizontalLayout row = new HorizontalLayout(name, role, qualification, broker, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation(titleKey)), grid, row);
        grid.setItems(people);
    }

    /**
     * Tells whether a person is typed but not yet added: that input is in no saved draft until 添加 is pressed, so
     * leaving the page must ask.
     */
    void onTypingAhead(Consumer<Boolean> held) {
        for (TextField field : List.of(name, role, qualification)) {
            field.addValueChangeListener(e -> held.accept(typingAhead()));
        }
    }

    private boolean typingAhead() {
        return !(name.isEmpty() && role.isEmpty() && qualification.isEmpty());
    }

    List<TeamMember> people() {
        return List.copyOf(people);
    }

    void add() {
        if (name.getValue().isBlank()) {
            Notifications.refused(this, new PortalException("team.nameRequired"));
            return;
        }
        people.add(new TeamMember(name.getValue().strip(), role.getValue().strip(), qualification.getValue().strip(),
                broker.getValue()));
        name.clear();
        role.clear();
        qualification.clear();
        broker.clear();
        grid.setItems(people);
        onChange.run();
    }

    /** Changes one person in place: the row keeps its position, and the draft is saved as after any change. */
    FormDialog edit(TeamMember member, boolean withBrokers) {
        TextField newName = new TextField(getTranslation("team.name"));
        newName.setValue(member.name());
        TextField newRole = new TextField(getTranslation("team.role"));
        newRole.setValue(member.role() == null ? "" : member.role());
        TextField newQualification = new TextField(getTranslation("team.qualification"));
        newQualification.setValue(member.qualification() == null ? "" : member.qualification());
        Checkbox newBroker = new Checkbox(getTranslation("team.broker"), member.techBroker());
        newBroker.setVisible(withBrokers);
        FormDialog dialog = new FormDialog(getTranslation("team.edit"),
                new VerticalLayout(newName, newRole, newQualification, newBroker), getTranslation("action.save"), () -> {
                    if (newName.getValue().isBlank()) {
                        throw new PortalException("team.nameRequired");
                    }
                    int at = people.indexOf(member);
                    if (at < 0) {
                        throw new PortalException("team.rowGone");
                    }
                    people.set(at, new TeamMember(newName.getValue().strip(), newRole.getValue().strip(),
                            newQualification.getValue().strip(), newBroker.getValue()));
                }, () -> {
                    grid.setItems(people);
                    onChange.run();
                });
        dialog.open();
        return dialog;
    }

    private void remove(TeamMember member) {
        people.remove(member);
        grid.setItems(people);
        onChange.run();
    }
}
