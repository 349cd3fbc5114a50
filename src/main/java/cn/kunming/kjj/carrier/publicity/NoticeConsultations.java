package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.authority.AuthorityFields;
import cn.kunming.kjj.carrier.authority.Consulted;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whom the bureau consults on a notice (P4.5: 商相关行业主管部门): every industry authority in force that the bureau
 * links to the field of a standing entry — worked out when asked, so that a link made or ended while the notice runs
 * counts from then on — and what each answered.
 */
@Component
class NoticeConsultations {

    private final NoticeRepository notices;
    private final AuthorityFields authorities;
    private final Tenants tenants;
    private final Clock clock;

    NoticeConsultations(NoticeRepository notices, AuthorityFields authorities, Tenants tenants, Clock clock) {
        this.notices = notices;
        this.authorities = authorities;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The fields of the notice's standing entries. */
    Set<String> fields(PublicNotice notice) {
        return new HashSet<>(notices.standingEntryFields(notice.id()).values());
    }

    /** Each authority consulted now, answered or not, then each that answered and is consulted no more. */
    List<Consultation> of(PublicNotice notice) {
        List<Consulted> consulted = authorities.consultedOn(fields(notice), LocalDate.now(clock));
        Map<TenantId, ConsultationAnswer> answers = notices.answers(notice.id()).stream()
                .collect(Collectors.toMap(ConsultationAnswer::authorityId, Function.identity(), (a, b) -> a));
        List<Consultation> all = new ArrayList<>();
        Set<TenantId> seen = new HashSet<>();
        for (Consulted c : consulted) {
            all.add(new Consultation(c.authorityId(), c.name(), c.fields(), true, answers.get(c.authorityId())));
            seen.add(c.authorityId());
        }
        answers.values().stream().filter(a -> !seen.contains(a.authorityId())).forEach(a -> all.add(new Consultation(
                a.authorityId(), tenants.findById(a.authorityId()).map(Tenant::name).orElse(a.authorityId().value()),
                List.of(), false, a)));
        return all;
    }

    /** The consulted authorities that have not answered: while there is one, no document (P4.5). */
    List<Consultation> outstanding(PublicNotice notice) {
        return of(notice).stream().filter(Consultation::outstanding).toList();
    }
}
