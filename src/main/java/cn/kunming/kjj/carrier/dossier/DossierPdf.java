package cn.kunming.kjj.carrier.dossier;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.Messages;
import cn.kunming.kjj.carrier.common.PdfBook;
import cn.kunming.kjj.carrier.eligibility.EligibilityResult;
import cn.kunming.kjj.carrier.eligibility.RuleResult;
import cn.kunming.kjj.carrier.tenant.HostUnit;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A submitted version as a printable document (issue 25, part 7): the unit with its credit code and district, the
 * version and when it was submitted, how the rules of Art. 2–3 judge it, everything the applicant wrote, and the list
 * of its attachments with their SHA-256. In Chinese, like the portal's other official documents. Callers have checked
 * the reader's right to the dossier.
 */
@Component
public class DossierPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float[] PEOPLE = {2, 3, 4, 1};
    private static final float[] PROJECTS = {4, 2, 2};
    private static final float[] FILES = {4, 1.4f, 4.6f};

    private final Tenants tenants;
    private final FailedRules rules;

    DossierPdf(Tenants tenants, FailedRules rules) {
        this.tenants = tenants;
        this.rules = rules;
    }

    /** The whole version as one part of the book, titled with its unit and proposed name. */
    public void write(PdfBook book, Dossier dossier, DossierVersion version, HostUnit unit) {
        DossierContent c = version.content();
        book.part(unit.name() + " · " + c.facts().name());
        book.field("申报单位", unit.name())
                .field("统一社会信用代码", unit.creditCode())
                .field("属地", tenants.names().getOrDefault(dossier.tenantId().value(), dossier.tenantId().value()))
                .field("申报类型", dossier.kind().chineseName())
                .field("产业领域", c.industryField())
                .field("申报编号", String.valueOf(dossier.id().value()))
                .field("版本", "第 " + version.number() + " 版，" + WHEN.format(version.submittedAt()) + " 由 "
                        + version.submittedBy() + " 提交")
                .field("当前状态", Messages.chinese(dossier.status().messageKey()));
        EligibilityResult judged = rules.evaluate(version, unit);
        book.heading("申报条件判断（申报条件版本 " + judged.ruleSetVersion() + "）");
        book.text(judged.eligible() ? "按提交的情况，符合各项申报条件。"
                : "不符合：" + String.join("、", FailedRules.failed(judged)) + "。");
        for (RuleResult r : judged.results()) {
            book.field(Messages.chinese(r.outcome().messageKey()), r.message(Locale.SIMPLIFIED_CHINESE));
        }
        book.heading("提供的服务");
        book.text(c.services().isEmpty() ? "（未填写）" : String.join("、", c.services()));
        book.heading("管理制度");
        book.text(blankAsNone(c.managementSystems()));
        book.field("承诺书", c.commitment() ? "已承诺" : "未承诺");
        people(book, "运营团队", c.team());
        people(book, "顾问团队", c.advisors());
        book.heading("储备项目");
        book.row(PROJECTS, "项目名称", "领域", "阶段");
        c.reserveProjects().forEach(p -> book.row(PROJECTS, p.name(), p.field(), p.stage()));
        book.heading("建设成效与成功案例");
        book.text(blankAsNone(c.performanceEvidence()));
        book.heading("附件清单（" + version.attachments().size() + " 件）");
        book.row(FILES, "文件名", "大小", "SHA-256");
        version.attachments().forEach(a -> book.row(FILES, a.fileName(), kilobytes(a.sizeBytes()), a.sha256()));
    }

    private static void people(PdfBook book, String title, java.util.List<TeamMember> people) {
        book.heading(title + "（" + people.size() + " 人）");
        book.row(PEOPLE, "姓名", "职务", "资历", "技术经纪人");
        people.forEach(p -> book.row(PEOPLE, p.name(), p.role(), p.qualification(), p.techBroker() ? "是" : ""));
    }

    private static String blankAsNone(@Nullable String text) {
        return text == null || text.isBlank() ? "（未填写）" : text;
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
