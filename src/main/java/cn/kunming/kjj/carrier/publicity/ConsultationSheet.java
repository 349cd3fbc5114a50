package cn.kunming.kjj.carrier.publicity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A notice as the consulted authority reads it (P4.5): the entries of its fields on the proposed list, and its
 * opinion once given. It may answer once, while the notice is open and the bureau has not issued its document.
 */
public record ConsultationSheet(PublicNotice notice, String callTitle, List<String> fields, List<NoticeEntry> entries,
                                @Nullable ConsultationAnswer answer) {

    public ConsultationSheet {
        fields = List.copyOf(fields);
        entries = List.copyOf(entries);
    }

    /** Before the document (发文) and not answered yet. */
    public boolean answerable() {
        return answer == null && notice.status() == NoticeStatus.OPEN && notice.documentNumber() == null;
    }
}
