package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;

import java.time.LocalDateTime;

/**
 * Forms that save themselves as they are typed (dossier, yearly report) and forms whose input lives only in the
 * page until it is filed (a major change). Three parts, because the browser and the server each know half:
 * <ul>
 *     <li>every typed field reaches the server after a short pause in typing, not on blur ({@link #whileTyping});</li>
 *     <li>the page asks before it is left while typed input has not reached the server yet, a request is in
 *     flight, the last save was refused, or the form holds input that no save covers ({@link #guard},
 *     {@link #hold});</li>
 *     <li>the stamp shows the time and the draft's revision of the last save, so that a person and a test can
 *     tell that this value was saved ({@link Stamp}).</li>
 * </ul>
 */
public final class Autosave {

    /** Pause in typing after which the value is sent (Vaadin's lazy mode). */
    public static final int TYPING_PAUSE_MS = 300;
    /**
     * How long after the last keystroke leaving still asks although no request is in flight: the pause, plus the
     * timer's slack before the debounced request starts (from then on the client reports itself active).
     */
    static final int QUIET_MS = TYPING_PAUSE_MS + 700;

    /** The typed field that has the keyboard focus, if any (kept on the UI). */
    private static final String FOCUSED = Autosave.class.getName() + ".focused";

    private Autosave() {
    }

    /**
     * Sends each field's value after a pause in typing, and at once when the field loses focus (a click on a link or
     * a button blurs it first), so that what was typed reaches the server before anything the next click does.
     */
    public static void whileTyping(HasValueChangeMode... fields) {
        for (HasValueChangeMode field : fields) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(TYPING_PAUSE_MS);
            if (field instanceof Component component) {
                component.getElement().addPropertyChangeListener("value", "change", e -> { });
                component.getElement().addEventListener("focus", e -> focused(component, true));
                component.getElement().addEventListener("blur", e -> focused(component, false));
            }
        }
    }

    private static void focused(Component field, boolean hasFocus) {
        field.getUI().ifPresent(ui -> {
            if (hasFocus) {
                ComponentUtil.setData(ui, FOCUSED, field);
            } else if (ComponentUtil.getData(ui, FOCUSED) == field) {
                ComponentUtil.setData(ui, FOCUSED, null);
            }
        });
    }

    /**
     * Leaving the form inside the portal while a typed field has the focus (Back, a shortcut, a navigation from the
     * server) waits until that field has sent its value: the browser is asked to blur it, which sends it, and only
     * then does the navigation go on. Without this a value still inside the typing pause would arrive after its
     * form is gone. A click on a link needs none of this: the click blurs the field before it navigates.
     */
    public static void flushBeforeLeaving(BeforeLeaveEvent event, Component form) {
        Object typing = form.getUI().map(ui -> ComponentUtil.getData(ui, FOCUSED)).orElse(null);
        if (!(typing instanceof Component field) || !field.isAttached()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        form.getElement().executeJs("""
                const a = document.activeElement;
                if (a && a !== document.body && typeof a.blur === 'function') { a.blur(); }
                return true;
                """).then(ignored -> action.proceed(), error -> action.proceed());
    }

    /**
     * Makes leaving the page (reload, Back, closing the tab, another address) ask first while the form's last input
     * may not be saved. The browser decides whether to show its own question; the listener goes with the form.
     */
    public static void guard(Component form) {
        form.addAttachListener(e -> install(form));
        form.getUI().ifPresent(ui -> install(form));
    }

    private static void install(Component form) {
        form.getElement().executeJs("""
                const el = this;
                if (el.__portalGuard) { return; }
                const g = el.__portalGuard = { lastInput: -Infinity, failed: false, holds: {} };
                const typed = () => { g.lastInput = performance.now(); };
                el.addEventListener('input', typed, true);
                el.addEventListener('change', typed, true);
                const clientBusy = () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  return !!clients && Object.values(clients).some(c => typeof c.isActive === 'function' && c.isActive());
                };
                g.pending = () => performance.now() - g.lastInput < $0 || clientBusy() || g.failed
                    || Object.values(g.holds).some(Boolean);
                const leaving = e => {
                  if (!el.isConnected) { window.removeEventListener('beforeunload', leaving); return; }
                  if (g.pending()) { e.preventDefault(); e.returnValue = ''; return ''; }
                };
                window.addEventListener('beforeunload', leaving);
                """, QUIET_MS);
    }

    /** The last save was refused (or succeeded again): leaving asks until a save succeeds. */
    public static void saveFailed(Component form, boolean failed) {
        form.getElement().executeJs("if (this.__portalGuard) { this.__portalGuard.failed = $0; }", failed);
    }

    /** Input that no save covers yet (a person typed but not added, a dialog not filed): leaving asks while held. */
    public static void hold(Component form, String what, boolean held) {
        form.getElement().executeJs("if (this.__portalGuard) { this.__portalGuard.holds[$0] = $1; }", what, held);
    }

    /**
     * When the form was last saved, to the second, and the draft's revision of that save (also as the attributes
     * {@code data-saved-revision} and {@code data-saved-at}, which browser tests wait on).
     */
    public static final class Stamp extends Span {

        public Stamp() {
            addClassName("autosave-stamp");
            getStyle().set("color", "var(--lumo-secondary-text-color)");
        }

        /** As loaded: the last save happened before this page was opened. */
        public void loaded(LocalDateTime at, int revision) {
            show("autosave.lastSaved", at, revision);
        }

        /** A save made from this page just now. */
        public void saved(LocalDateTime at, int revision) {
            show("autosave.saved", at, revision);
        }

        private void show(String key, LocalDateTime at, int revision) {
            setText(at == null ? "" : getTranslation(key, Formats.dateTimeSeconds(at), revision));
            getElement().setAttribute("data-saved-revision", Integer.toString(revision));
            getElement().setAttribute("data-saved-at", at == null ? "" : at.toString());
        }
    }
}
