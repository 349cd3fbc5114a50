package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.common.ExportCancelledException;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundExportTest extends KaribuTest {

    /** Lets the UI process what the export thread handed to it, as the browser's polling does, until it is done. */
    private static void pollUntilFinished(BackgroundExport export) throws InterruptedException {
        for (int i = 0; i < 500 && export.isRunning(); i++) {
            Thread.sleep(10);
            MockVaadin.runUIQueue();
        }
        assertThat(export.isRunning()).as("finished").isFalse();
    }

    @Test
    void anExportRunsOnItsOwnThreadAsTheSignedInUserAndEndsInADownloadLink() throws Exception {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        AtomicReference<String> ranAs = new AtomicReference<>();
        AtomicReference<String> ranOn = new AtomicReference<>();
        BackgroundExport export = new BackgroundExport("导出", "x.xlsx", progress -> {
            ranAs.set(org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication().getName());
            ranOn.set(Thread.currentThread().getName());
            progress.rowsWritten(10, 10);
            return new byte[]{1, 2, 3};
        });
        UI.getCurrent().add(export);
        export.start();
        Button cancel = export.cancel;
        assertThat(cancel).as("cancel offered while it runs").isNotNull();
        assertThat(cancel.getParent()).contains(export);
        pollUntilFinished(export);
        assertThat(cancel.getParent()).as("and gone when it is done").isEmpty();
        assertThat(export.cancel).isNull();
        assertThat(export.bar).as("an idle export keeps no bar").isNull();
        assertThat(ranAs.get()).isEqualTo("karibu-1");
        assertThat(ranOn.get()).isNotEqualTo(Thread.currentThread().getName());
        assertThat(export.hasResult()).isTrue();
        assertThat(export.status.getText()).contains("10");
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops").isEqualTo(-1);
    }

    @Test
    void anIdleExportHoldsOnlyItsButtonStatusAndResult() {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        BackgroundExport export = new BackgroundExport("导出", "x.xlsx", progress -> new byte[0]);
        assertThat(export.getChildren()).hasSize(3);
        assertThat(export.bar).isNull();
        assertThat(export.cancel).isNull();
    }

    @Test
    void aCancelledExportStopsAndLeavesNoFile() throws Exception {
        login(Role.BUREAU_OFFICER, "KMKJJ");
        CountDownLatch started = new CountDownLatch(1);
        BackgroundExport export = new BackgroundExport("导出", "x.xlsx", progress -> {
            started.countDown();
            for (long row = 0; ; row++) {
                progress.rowsWritten(row, 1_000_000);
                if (progress.cancelled()) {
                    throw new ExportCancelledException();
                }
                Thread.onSpinWait();
            }
        });
        UI.getCurrent().add(export);
        export.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        export.cancel();
        pollUntilFinished(export);
        assertThat(export.hasResult()).isFalse();
        assertThat(export.status.getText()).isEqualTo("导出已取消，未生成文件");
        assertThat(export.start.isEnabled()).isTrue();
    }
}
