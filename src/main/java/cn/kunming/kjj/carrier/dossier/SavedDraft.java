package cn.kunming.kjj.carrier.dossier;

/** A draft as an autosave left it, and how it stands for submission. */
public record SavedDraft(Dossier dossier, SubmissionCheck check) {
}
