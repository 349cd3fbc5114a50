package cn.kunming.kjj.carrier.review;

import java.time.LocalDateTime;
import java.util.List;

/** The district's checklist judgements and opinion on a dossier, kept as they are made until it acts (P4.3). */
public record ChecklistDraft(List<ChecklistItem> items, String opinion, String savedBy, LocalDateTime savedAt) {

    public ChecklistDraft {
        items = List.copyOf(items);
        opinion = opinion == null ? "" : opinion;
    }
}
