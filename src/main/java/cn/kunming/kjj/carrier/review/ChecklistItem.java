package cn.kunming.kjj.carrier.review;

import org.jspecify.annotations.Nullable;

/** One item of the completeness and authenticity checklist (P4.3) with the officer's finding and note. */
public record ChecklistItem(String code, @Nullable Verdict verdict, String note) {

    public ChecklistItem {
        note = note == null ? "" : note.strip();
    }
}
