package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.call.RequiredAttachment;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * An item the district checks: a section of the dossier (named by a message key) or a required attachment of the
 * call (named by the call). The codes are what the applicant's editor uses to show a reason beside its item.
 */
public record ChecklistEntry(String code, String messageKey, @Nullable String attachmentName) {

    public static final String ATTACHMENT_PREFIX = "attachment:";

    static final List<String> SECTIONS = List.of("basic", "facts", "team", "reserveProjects", "services",
            "managementSystems", "performanceEvidence", "commitment");

    /** Every section, then every attachment the call requires of this kind. */
    public static List<ChecklistEntry> forDossier(List<RequiredAttachment> required) {
        List<ChecklistEntry> entries = new ArrayList<>();
        SECTIONS.forEach(s -> entries.add(new ChecklistEntry(s, "section." + s, null)));
        required.forEach(r -> entries.add(new ChecklistEntry(ATTACHMENT_PREFIX + r.code(), "checklist.attachment",
                r.name())));
        return entries;
    }
}
