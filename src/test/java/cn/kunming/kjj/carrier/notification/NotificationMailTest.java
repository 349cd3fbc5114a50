package cn.kunming.kjj.carrier.notification;

import cn.kunming.kjj.carrier.notification.reminder.ReminderRun;
import cn.kunming.kjj.carrier.review.ChecklistItem;
import cn.kunming.kjj.carrier.review.DistrictAction;
import cn.kunming.kjj.carrier.review.RecommendationService;
import cn.kunming.kjj.carrier.review.ReviewScenario;
import cn.kunming.kjj.carrier.review.Verdict;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.support.As;
import cn.kunming.kjj.carrier.support.MovableClock;
import cn.kunming.kjj.carrier.support.PortalSpringTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.kunming.kjj.carrier.review.ReviewScenario.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

/** Notifications by e-mail through a real SMTP server running in the test (GreenMail). */
@PortalSpringTest
@Transactional
class NotificationMailTest {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void start() {
        SMTP.start();
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    ReviewScenario scenario;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    MailOutboxSender sender;
    @Autowired
    ReminderRun reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Tests of other classes share the database and leave mails in the outbox (a lock notice, a registration not
     * activated): they go first, so that each test here counts its own.
     */
    @BeforeEach
    void drainTheOutbox() throws Exception {
        sender.sendDue();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void reset() throws Exception {
        As.signOut();
        clock.reset();
        SMTP.purgeEmailFromAllMailboxes();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    /** A submitted dossier whose applicant has an e-mail address; the district returns it with a date. */
    private PortalUser returnedWithMail(String address) {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        jdbc.update("update account set email = ? where id = ?", address, s.applicant().accountId());
        scenario.district(DISTRICT);
        List<ChecklistItem> items = new ArrayList<>(ReviewScenario.allPresent(recommendations.workspace(s.dossierId()).checklist()));
        items.set(0, new ChecklistItem("basic", Verdict.PROBLEM, "名称不规范"));
        recommendations.decide(s.dossierId(), DistrictAction.RETURN, items, "请修改名称", LocalDate.now(clock).plusDays(1));
        As.signOut();
        return s.applicant();
    }

    private List<MimeMessage> to(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void aReturnIsNotifiedInThePortalAndByEMailInTheApplicantsLanguage() throws Exception {
        PortalUser applicant = returnedWithMail("applicant1@example.cn");
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage mail = to("applicant1@example.cn").getFirst();
        assertThat(mail.getSubject()).startsWith("【昆明市概念验证中心和中试平台管理系统】").contains("被退回修改");
        assertThat((String) mail.getContent()).contains("请修改名称").contains("dossiers/");
        As.signIn(applicant);
        assertThat(notifications.unread()).isEqualTo(1);
        assertThat(notifications.mine().getFirst().mailStatus()).isEqualTo("SENT");
    }

    @Test
    void aReminderStepReachesEachPersonOnceAcrossTwoRuns() {
        returnedWithMail("applicant2@example.cn");
        sender.sendDue();
        int first = reminders.sendDue();
        int second = reminders.sendDue();
        assertThat(first).isPositive();
        assertThat(second).isZero();
        sender.sendDue();
        assertThat(to("applicant2@example.cn")).extracting(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "";
            }
        }).filteredOn(subject -> subject.contains("重新提交")).hasSize(2);
    }

    @Test
    void aMailFailsWhileTheServerIsDownKeepsItsReasonAndIsSentOnRetry() {
        PortalUser applicant = returnedWithMail("applicant3@example.cn");
        SMTP.stop();
        assertThat(sender.sendDue()).isZero();
        As.signIn(applicant);
        Notification n = notifications.mine().getFirst();
        assertThat(n.mailStatus()).isEqualTo("FAILED");
        assertThat(n.mailError()).isNotBlank();
        As.signOut();
        SMTP.start();
        assertThat(sender.sendDue()).as("not before the backoff").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(to("applicant3@example.cn")).hasSize(1);
    }

    @Test
    void aKindSwitchedOffIsNotMailedButStillNotified() {
        ReviewScenario.Submitted s = scenario.submitted(scenario.openCall(), DISTRICT);
        jdbc.update("update account set email = ? where id = ?", "applicant4@example.cn", s.applicant().accountId());
        As.signIn(s.applicant());
        notifications.saveSetting(new NotificationSetting("en", Set.of(NotificationKind.DOSSIER_RECOMMENDED)));
        scenario.recommend(s.dossierId(), DISTRICT);
        sender.sendDue();
        assertThat(to("applicant4@example.cn")).isEmpty();
        As.signIn(s.applicant());
        assertThat(notifications.mine()).extracting(Notification::kind).contains(NotificationKind.DOSSIER_RECOMMENDED);
    }
}
