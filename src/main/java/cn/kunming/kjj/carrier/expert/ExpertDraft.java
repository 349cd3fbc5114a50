package cn.kunming.kjj.carrier.expert;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** What the bureau types or imports for an expert. */
public record ExpertDraft(String name, List<String> fields, String title, String affiliation,
                          @Nullable String affiliationCreditCode, String phone, String email, boolean active) {

    public ExpertDraft {
        fields = fields == null ? List.of() : List.copyOf(fields);
        name = strip(name);
        title = strip(title);
        affiliation = strip(affiliation);
        affiliationCreditCode = affiliationCreditCode == null || affiliationCreditCode.isBlank() ? null
                : cn.kunming.kjj.carrier.common.UnifiedSocialCreditCode.normalise(affiliationCreditCode);
        phone = strip(phone);
        email = strip(email);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
