package cn.kunming.kjj.carrier.publicity.ui;

import cn.kunming.kjj.carrier.common.ui.Formats;
import cn.kunming.kjj.carrier.publicity.NoticeCorrection;
import cn.kunming.kjj.carrier.publicity.PublicNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;

/** The corrections of a notice as the public and the bureau read them: one line each, with its reason. */
final class NoticeTexts {

    private NoticeTexts() {
    }

    static List<Component> corrections(Component page, PublicNotice notice) {
        List<Component> lines = new ArrayList<>();
        if (notice.corrections().isEmpty()) {
            return lines;
        }
        lines.add(new H3(page.getTranslation("notice.corrections")));
        for (NoticeCorrection c : notice.corrections()) {
            List<String> what = new ArrayList<>();
            if (c.extended()) {
                what.add(page.getTranslation("notice.correctionExtended", Formats.date(c.newEndsOn())));
            }
            if (c.contactChanged()) {
                what.add(page.getTranslation("notice.correctionContact", c.newContact()));
            }
            lines.add(new Paragraph(page.getTranslation("notice.correctionLine", Formats.dateTime(c.correctedAt()),
                    String.join("；", what), c.reason())));
        }
        return lines;
    }
}
