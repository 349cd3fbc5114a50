package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.notification.repository.NotificationRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Sends the e-mails of the outbox: each one once it is committed, and again after a failure with a growing wait
 * (1, 2, 4, 8 minutes) until it is sent or has failed five times; the reason of each failure is kept.
 */
@Component
class MailOutboxSender {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    MailOutboxSender(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail, TransactionTemplate tx,
                     Clock clock, @Value("${portal.mail.from:portal@kmkjj.example}") String from) {
        this.notifications = notifications;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll:PT30S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
    void run() {
        sendDue();
    }

    /** Sends what is due now; the number sent. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (NotificationRepository.Mail m : notifications.dueMails(LocalDateTime.now(clock), MAX_ATTEMPTS, 100)) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(m.to());
                message.setSubject(m.subject());
                message.setText(m.body());
                sender.send(message);
                tx.executeWithoutResult(s -> notifications.sent(m.id(), LocalDateTime.now(clock)));
                sent++;
            } catch (MailException e) {
                int attempts = m.attempts() + 1;
                LocalDateTime next = LocalDateTime.now(clock).plusMinutes(1L << Math.min(attempts - 1, 10));
                tx.executeWithoutResult(s -> notifications.failed(m.id(), attempts, next, e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
                log.warn("mail {} to {} failed (attempt {}): {}", m.id(), m.to(), attempts, e.getMessage());
            }
        }
        return sent;
    }
}
