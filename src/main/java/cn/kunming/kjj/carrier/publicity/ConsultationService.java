package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.FieldName;
import cn.kunming.kjj.carrier.audit.AuditAction;
import cn.kunming.kjj.carrier.audit.AuditEntry;
import cn.kunming.kjj.carrier.audit.AuditLog;
import cn.kunming.kjj.carrier.audit.AuditedEntity;
import cn.kunming.kjj.carrier.authority.AuthorityFields;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.call.CallService;
import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.common.NoticeId;
import cn.kunming.kjj.carrier.common.NotFoundException;
import cn.kunming.kjj.carrier.common.PortalException;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import cn.kunming.kjj.carrier.security.Access;
import cn.kunming.kjj.carrier.security.CurrentUser;
import cn.kunming.kjj.carrier.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consultation of industry authorities on a public notice (P4.5: 公示期满无异议的，由市科技局商相关行业主管部门发文和
 * 备案). Each authority the bureau links to the field of a listed dossier gives its opinion once — 同意, 同意并附意见 or
 * 不同意, the last two with their text — before the bureau issues the document; the bureau reads the opinions beside
 * the list, and records no document while one is outstanding ({@link PublicNoticeService#setDocument}). An opinion is
 * advice the bureau weighs, not a veto. A notice without an entry of the authority's fields answers as if it did not
 * exist.
 */
@Service
public class ConsultationService {

    static final int TEXT_LENGTH = 2000;

    private final NoticeRepository notices;
    private final NoticeConsultations consultations;
    private final AuthorityFields authorities;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationService(NoticeRepository notices, NoticeConsultations consultations, AuthorityFields authorities,
                        CallService calls, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.consultations = consultations;
        this.authorities = authorities;
        this.calls = calls;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The authorities consulted on the notice and their opinions, for the bureau beside the list. */
    @PreAuthorize(Access.BUREAU)
    @Transactional(readOnly = true)
    public List<Consultation> consultations(NoticeId noticeId) {
        return consultations.of(notices.findById(noticeId).orElseThrow(NotFoundException::new));
    }

    /** Every notice the signed-in authority is consulted on, newest first; {@link ConsultationSheet#answerable} waits. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public List<ConsultationSheet> mine() {
        List<String> fields = myFields();
        return notices.withStandingEntriesIn(fields).stream()
                .map(id -> sheet(id, fields)).flatMap(Optional::stream).toList();
    }

    /** One notice as the signed-in authority reads it; not found without a standing entry of its fields. */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional(readOnly = true)
    public ConsultationSheet sheet(NoticeId noticeId) {
        return sheet(noticeId, myFields()).orElseThrow(NotFoundException::new);
    }

    /**
     * Gives the signed-in authority's opinion, once, before the document (P4.5); 同意并附意见 and 不同意 say why.
     */
    @PreAuthorize(Access.AUTHORITY)
    @Transactional
    public void answer(NoticeId noticeId, @Nullable ConsultationOpinion opinion, @Nullable String text) {
        PortalUser me = currentUser.require();
        ConsultationSheet sheet = sheet(noticeId);
        if (sheet.notice().status() == NoticeStatus.WITHDRAWN) {
            throw new PortalException("notice.withdrawn");
        }
        if (sheet.notice().status() != NoticeStatus.OPEN || sheet.notice().documentNumber() != null) {
            throw new PortalException("consultation.documentIssued");
        }
        if (sheet.answer() != null) {
            throw new PortalException("consultation.alreadyAnswered");
        }
        if (opinion == null) {
            throw new PortalException("consultation.opinionMissing");
        }
        String t = text == null ? "" : text.strip();
        if (opinion.needsText() && t.isEmpty()) {
            throw new PortalException("consultation.textRequired");
        }
        if (t.length() > TEXT_LENGTH) {
            throw new PortalException("input.tooLongField", new FieldName("text"), TEXT_LENGTH);
        }
        TenantId authority = me.requireTenant();
        if (!notices.insertAnswer(new ConsultationAnswer(noticeId, authority, opinion, t.isEmpty() ? null : t,
                me.username(), LocalDateTime.now(clock)))) {
            throw new PortalException("consultation.alreadyAnswered");
        }
        audit.record(AuditEntry.of(AuditAction.CONSULTATION_ANSWERED, AuditedEntity.PUBLIC_NOTICE, noticeId)
                .tenant(authority).rule("P4.5")
                .detail(authority.value() + " " + opinion + (t.isEmpty() ? "" : ": " + t)));
    }

    private List<String> myFields() {
        return authorities.fieldsOf(currentUser.require().requireTenant(), LocalDate.now(clock));
    }

    private Optional<ConsultationSheet> sheet(NoticeId noticeId, List<String> fields) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return notices.findById(noticeId).flatMap(notice -> {
            Map<DossierId, String> entryFields = notices.standingEntryFields(noticeId);
            List<NoticeEntry> mine = notice.entries().stream().filter(e -> !e.removed())
                    .filter(e -> fields.contains(entryFields.get(e.dossierId()))).toList();
            if (mine.isEmpty()) {
                return Optional.empty();
            }
            TenantId me = currentUser.require().requireTenant();
            ConsultationAnswer answer = notices.answers(noticeId).stream().filter(a -> a.authorityId().equals(me))
                    .findFirst().orElse(null);
            String title = calls.publishedCall(notice.callId()).map(Call::title).orElse("");
            List<String> concerned = mine.stream().map(e -> entryFields.get(e.dossierId())).distinct().toList();
            return Optional.of(new ConsultationSheet(notice, title, concerned, mine, answer));
        });
    }
}
