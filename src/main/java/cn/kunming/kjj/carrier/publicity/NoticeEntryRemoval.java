package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.dossier.DossierWithdrawn;
import cn.kunming.kjj.carrier.publicity.repository.NoticeRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A dossier withdrawn while in public notice stays on the notice, marked withdrawn with the reason (G6.3). */
@Component
class NoticeEntryRemoval {

    private final NoticeRepository notices;

    NoticeEntryRemoval(NoticeRepository notices) {
        this.notices = notices;
    }

    @EventListener
    void on(DossierWithdrawn withdrawn) {
        notices.removeEntry(withdrawn.dossierId(), withdrawn.on(), withdrawn.reason());
    }
}
