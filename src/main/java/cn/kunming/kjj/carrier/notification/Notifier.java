package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.notification.repository.NotificationRepository;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Notifies people in the transaction of the action that concerns them: a notification in the portal always, an
 * e-mail queued in the outbox (sent after commit by {@link MailOutboxSender}) unless the person switched that kind
 * off, and a text message for urgent kinds. A failing mail server therefore never loses a notification nor blocks
 * the action. Messages are written in each person's language.
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final Accounts accounts;
    private final SmsChannel sms;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, Accounts accounts, SmsChannel sms, Clock clock,
             @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.sms = sms;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The active accounts an audience means today; a person in several of its groups once. */
    public List<Account> resolve(Audience audience) {
        Map<AccountId, Account> distinct = new LinkedHashMap<>();
        collect(audience, distinct);
        return new ArrayList<>(distinct.values());
    }

    private void collect(Audience audience, Map<AccountId, Account> into) {
        List<Account> found = switch (audience) {
            case Audience.Unit u -> accounts.activeOf(Role.APPLICANT, null, u.unitId());
            case Audience.District d -> accounts.activeOf(Role.DISTRICT_OFFICER, d.tenant(), null);
            case Audience.Bureau b -> accounts.activeOf(Role.BUREAU_OFFICER, null, null);
            case Audience.Auditors a -> accounts.activeOf(Role.AUDITOR, null, null);
            case Audience.OneAccount one -> accounts.findById(one.accountId()).map(List::of).orElse(List.of());
            case Audience.Together t -> {
                t.groups().forEach(g -> collect(g, into));
                yield List.of();
            }
        };
        found.forEach(a -> into.putIfAbsent(a.id(), a));
    }

    /** A feature's action concerns people: they are notified in its transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(NotificationRequested request) {
        notify(resolve(request.audience()), request.kind(), request.link(), request.args().toArray());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Account> to, NotificationKind kind, String link, Object... args) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
        for (Account account : to) {
            long id = notifications.insert(account.id(), kind, texts, link, now);
            NotificationSetting setting = notifications.setting(account.id()).orElse(NotificationSetting.defaults());
            Locale locale = "en".equals(setting.language()) ? Messages.ENGLISH : Messages.CHINESE;
            String text = Messages.get(kind.messageKey(), locale, texts.toArray());
            if (account.email() != null && !account.email().isBlank() && !setting.emailOff().contains(kind)) {
                notifications.queueMail(id, account.email(), Messages.get("notify.subject", locale, text),
                        text + "\n\n" + baseUrl + (link == null ? "" : link) + "\n\n" + Messages.get("notify.footer", locale),
                        now);
            }
            if (kind.urgent()) {
                sms.send(account.id(), text);
            }
        }
    }
}
