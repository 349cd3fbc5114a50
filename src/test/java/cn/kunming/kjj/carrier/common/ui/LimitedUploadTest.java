package cn.kunming.kjj.carrier.common.ui;

import cn.kunming.kjj.carrier.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees when the browser refuses a file: the reason, the limit and the types, in Chinese. */
class LimitedUploadTest extends KaribuTest {

    @Test
    void anExecutableIsRefusedWithTheTypesThatAreTaken() {
        LimitedUpload upload = new LimitedUpload(LimitedUpload.ATTACHMENT_BYTES, file -> { }, LimitedUpload.EVIDENCE_TYPES);
        UI.getCurrent().add(upload);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "不正确的类型", "setup.exe"));
        NotificationsKt.expectNotifications("文件“setup.exe”的类型不可上传，仅接受 PDF/OFD/JPG/JPEG/PNG。");
    }

    @Test
    void aFileAboveTheLimitIsRefusedNamingTheLimit() {
        LimitedUpload upload = new LimitedUpload(5 * 1024 * 1024, file -> { }, ".xlsx");
        UI.getCurrent().add(upload);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "文件过大", "专家库.xlsx"));
        NotificationsKt.expectNotifications("文件“专家库.xlsx”超过 5 MB，未上传。");
        assertThat(upload.getElement().getAttribute("title")).isEqualTo("可上传 XLSX 文件，每个不超过 5 MB");
    }
}
