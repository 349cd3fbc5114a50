package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.ExportCancelledException;
import cn.kunming.kjj.carrier.common.ExportProgress;
import cn.kunming.kjj.carrier.common.PortalException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An export that runs beside the UI: the button starts it on its own thread under the signed-in user's rights, a
 * progress bar and a cancel button show while it runs (the page polls for progress), and a download link appears
 * when it is done. The page stays usable meanwhile; leaving it cancels the export.
 */
public class BackgroundExport extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(BackgroundExport.class);
    private static final int POLL_MILLIS = 500;

    private final String fileName;
    /** Called on the UI thread when the button is pressed: reads the filters and order shown then. */
    private final transient Supplier<Function<ExportProgress, byte[]>> prepare;
    final Button start;
    /** The bar and the cancel button, made when an export starts: idle, they cost every list's session (issue 27). */
    @Nullable Button cancel;
    @Nullable ProgressBar bar;
    final Span status = new Span();
    private final HorizontalLayout result = new HorizontalLayout();
    private transient @Nullable Running running;
    private transient @Nullable Registration polling;
    private transient byte @Nullable [] lastFile;

    private record Running(AtomicLong done, AtomicLong total, AtomicBoolean stop) implements ExportProgress {
        @Override
        public void rowsWritten(long d, long t) {
            done.set(d);
            total.set(t);
        }

        @Override
        public boolean cancelled() {
            return stop.get();
        }
    }

    public BackgroundExport(String label, String fileName, Function<ExportProgress, byte[]> export) {
        this(fileName, label, () -> export);
    }

    /** {@code prepare} runs on the UI thread at the click and returns the export to run beside the UI. */
    public BackgroundExport(String fileName, String label, Supplier<Function<ExportProgress, byte[]>> prepare) {
        this.fileName = fileName;
        this.prepare = prepare;
        start = new Button(label, VaadinIcon.DOWNLOAD_ALT.create(), e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(start, status, result);
        addDetachListener(e -> {
            if (running != null) {
                running.stop().set(true);
            }
        });
    }

    private void idle() {
        start.setEnabled(true);
        if (bar != null && cancel != null) {
            remove(bar, cancel);
        }
        bar = null;
        cancel = null;
    }

    @SuppressWarnings("ReferenceEquality") // the very run that was started, not one equal to it
    void start() {
        UI ui = UI.getCurrent();
        Function<ExportProgress, byte[]> export = prepare.get();
        SecurityContext security = SecurityContextHolder.getContext();
        Running run = new Running(new AtomicLong(), new AtomicLong(), new AtomicBoolean());
        running = run;
        start.setEnabled(false);
        result.removeAll();
        lastFile = null;
        ProgressBar shown = new ProgressBar();
        shown.setWidth("10em");
        shown.setIndeterminate(true);
        Button stop = new Button(getTranslation("export.cancel"), VaadinIcon.CLOSE_SMALL.create(), e -> cancel());
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        bar = shown;
        cancel = stop;
        addComponentAtIndex(1, shown);
        addComponentAtIndex(3, stop);
        status.setText(getTranslation("export.running"));
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            if (running == run && run.total().get() > 0) {
                shown.setIndeterminate(false);
                shown.setValue(Math.min(1.0, (double) run.done().get() / run.total().get()));
                status.setText(getTranslation("export.progress", run.done().get(), run.total().get()));
            }
        });
        Thread.ofVirtual().name("export-" + fileName).start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                byte[] bytes = export.apply(run);
                ui.access(() -> finished(run, bytes, null));
            } catch (ExportCancelledException e) {
                ui.access(() -> finished(run, null, getTranslation("export.cancelled")));
            } catch (PortalException e) {
                ui.access(() -> finished(run, null, getTranslation(e.messageKey(), e.args())));
            } catch (RuntimeException e) {
                log.error("export {} failed", fileName, e);
                ui.access(() -> finished(run, null, getTranslation("export.failed")));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    void cancel() {
        if (running != null) {
            running.stop().set(true);
            status.setText(getTranslation("export.cancelling"));
        }
    }

    @SuppressWarnings("ReferenceEquality") // the very run that was started, not one equal to it
    private void finished(Running run, byte @Nullable [] bytes, @Nullable String problem) {
        if (running != run) {
            return;
        }
        running = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        idle();
        lastFile = bytes;
        if (bytes != null) {
            status.setText(getTranslation("export.done", run.total().get()));
            Anchor link = Downloads.link(fileName, fileName, Downloads.XLSX, () -> bytes);
            result.add(link);
        } else {
            status.setText(problem);
        }
    }

    /** For tests: whether an export is running. */
    public boolean isRunning() {
        return running != null;
    }

    /** Whether the last export finished with a file. */
    public boolean hasResult() {
        return lastFile != null;
    }

    /** The file of the last finished export (what its link serves), if any. */
    public java.util.Optional<byte[]> lastFile() {
        return java.util.Optional.ofNullable(lastFile);
    }
}
