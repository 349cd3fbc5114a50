package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.TenantId;
import cn.kunming.kjj.carrier.notification.repository.NotificationRepository;
import cn.kunming.kjj.carrier.security.Account;
import cn.kunming.kjj.carrier.security.Role;
import cn.kunming.kjj.carrier.security.repository.AccountRepository;
import org.springframework.beans.factory.annotation.Value;
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
    private final AccountRepository accounts;
    private final SmsChannel sms;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, AccountRepository accounts, SmsChannel sms, Clock clock,
             @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.sms = sms;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The active accounts of a unit (its applicants). */
    public List<Account> unit(long unitId) {
        return accounts.activeOf(Role.APPLICANT, null, unitId);
    }

    /** The active officers of a district (or zone). */
    public List<Account> district(TenantId tenant) {
        return accounts.activeOf(Role.DISTRICT_OFFICER, tenant, null);
    }

    public List<Account> bureau() {
        return accounts.activeOf(Role.BUREAU_OFFICER, null, null);
    }

    /** The security auditors, who alone read the audit log (三员分立). */
    public List<Account> auditors() {
        return accounts.activeOf(Role.AUDITOR, null, null);
    }

    @SafeVarargs
    public static List<Account> all(List<Account>... groups) {
        Map<Long, Account> distinct = new LinkedHashMap<>();
        for (List<Account> g : groups) {
            g.forEach(a -> distinct.putIfAbsent(a.id(), a));
        }
        return new ArrayList<>(distinct.values());
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
