package cn.kunming.kjj.carrier.notification.repository;

import cn.kunming.kjj.carrier.common.OnceOnly;
import cn.kunming.kjj.carrier.common.AccountId;
import cn.kunming.kjj.carrier.notification.Notification;
import cn.kunming.kjj.carrier.notification.NotificationKind;
import cn.kunming.kjj.carrier.notification.NotificationSetting;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static cn.kunming.kjj.carrier.jooq.Tables.MAIL_OUTBOX;
import static cn.kunming.kjj.carrier.jooq.Tables.NOTIFICATION;
import static cn.kunming.kjj.carrier.jooq.Tables.NOTIFICATION_SETTING;
import static cn.kunming.kjj.carrier.jooq.Tables.REMINDER_SENT;

@Repository
class JooqNotificationRepository implements NotificationRepository {

    private static final String QUEUED = "QUEUED";
    private static final String SENT = "SENT";
    private static final String FAILED = "FAILED";
    private final DSLContext dsl;
    private final JsonMapper json = JsonMapper.builder().build();

    JooqNotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long insert(AccountId accountId, NotificationKind kind, List<String> args, String link, LocalDateTime at) {
        return dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.ACCOUNT_ID, accountId)
                .set(NOTIFICATION.KIND, kind)
                .set(NOTIFICATION.ARGS_JSON, json.writeValueAsString(args))
                .set(NOTIFICATION.LINK, link)
                .set(NOTIFICATION.CREATED_AT, at)
                .returning(NOTIFICATION.ID).fetchSingle().getId();
    }

    @Override
    public void queueMail(long notificationId, String to, String subject, String body, LocalDateTime at) {
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.NOTIFICATION_ID, notificationId)
                .set(MAIL_OUTBOX.TO_ADDRESS, to)
                .set(MAIL_OUTBOX.SUBJECT, subject)
                .set(MAIL_OUTBOX.BODY, body)
                .set(MAIL_OUTBOX.STATUS, QUEUED)
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                .set(MAIL_OUTBOX.CREATED_AT, at)
                .execute();
    }

    @Override
    public List<Notification> ofAccount(AccountId accountId, int limit) {
        return dsl.select(NOTIFICATION.fields()).select(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.LAST_ERROR).from(NOTIFICATION)
                .leftJoin(MAIL_OUTBOX).on(MAIL_OUTBOX.NOTIFICATION_ID.eq(NOTIFICATION.ID))
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.get(NOTIFICATION.ID), r.get(NOTIFICATION.ACCOUNT_ID),
                        r.get(NOTIFICATION.KIND),
                        List.of(json.readValue(r.get(NOTIFICATION.ARGS_JSON), String[].class)), r.get(NOTIFICATION.LINK),
                        r.get(NOTIFICATION.CREATED_AT), r.get(NOTIFICATION.READ_AT), r.get(MAIL_OUTBOX.STATUS),
                        r.get(MAIL_OUTBOX.LAST_ERROR)));
    }

    @Override
    public int unread(AccountId accountId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(accountId).and(NOTIFICATION.READ_AT.isNull()));
    }

    @Override
    public boolean markRead(AccountId accountId, long id, LocalDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at).where(NOTIFICATION.ID.eq(id))
                .and(NOTIFICATION.ACCOUNT_ID.eq(accountId)).and(NOTIFICATION.READ_AT.isNull()).execute() == 1;
    }

    @Override
    public int markAllRead(AccountId accountId, LocalDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at).where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .and(NOTIFICATION.READ_AT.isNull()).execute();
    }

    @Override
    public Optional<NotificationSetting> setting(AccountId accountId) {
        return dsl.selectFrom(NOTIFICATION_SETTING).where(NOTIFICATION_SETTING.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> new NotificationSetting(r.getLanguage(), Arrays.stream(r.getEmailOffKinds().split(","))
                        .filter(s -> !s.isBlank()).map(NotificationKind::valueOf).collect(Collectors.toSet())));
    }

    @Override
    public void saveSetting(AccountId accountId, NotificationSetting s) {
        String off = s.emailOff().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        int updated = dsl.update(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.LANGUAGE, s.language())
                .set(NOTIFICATION_SETTING.EMAIL_OFF_KINDS, off).where(NOTIFICATION_SETTING.ACCOUNT_ID.eq(accountId)).execute();
        if (updated == 0) {
            dsl.insertInto(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.ACCOUNT_ID, accountId)
                    .set(NOTIFICATION_SETTING.LANGUAGE, s.language()).set(NOTIFICATION_SETTING.EMAIL_OFF_KINDS, off).execute();
        }
    }

    @Override
    public boolean remindOnce(String key, LocalDateTime at) {
        return OnceOnly.inserted(() -> dsl.insertInto(REMINDER_SENT).set(REMINDER_SENT.REMINDER_KEY, key).set(REMINDER_SENT.SENT_AT, at)
                .onDuplicateKeyIgnore().execute());
    }

    @Override
    public List<Mail> dueMails(LocalDateTime now, int maxAttempts, int limit) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.STATUS.in(QUEUED, FAILED))
                .and(MAIL_OUTBOX.ATTEMPTS.lt(maxAttempts)).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MAIL_OUTBOX.ID).limit(limit)
                .fetch(r -> new Mail(r.getId(), r.getToAddress(), r.getSubject(), r.getBody(), r.getAttempts()));
    }

    @Override
    public void sent(long mailId, LocalDateTime at) {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, SENT).set(MAIL_OUTBOX.SENT_AT, at)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1)).set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .where(MAIL_OUTBOX.ID.eq(mailId)).execute();
    }

    @Override
    public void failed(long mailId, int attempts, LocalDateTime nextAttempt, String error) {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, FAILED).set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttempt)
                .set(MAIL_OUTBOX.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .where(MAIL_OUTBOX.ID.eq(mailId)).execute();
    }
}
