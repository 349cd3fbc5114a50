package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.common.DossierId;
import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.document.DocumentKind;
import cn.kunming.kjj.carrier.document.Documents;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public notice (公示) and, once closed, its approval notice (认定通知) as .docx from their templates. */
@Component
class NoticeDocument {

    private final Tenants tenants;
    private final Documents documents;

    NoticeDocument(Tenants tenants, Documents documents) {
        this.tenants = tenants;
        this.documents = documents;
    }

    Map<String, String> tenantNames() {
        return tenants.findAll().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
    }

    static String title(Call call) {
        return "关于" + call.year() + "年度昆明市概念验证中心和中试平台拟培育名单的公示";
    }

    byte[] render(Call call, PublicNotice notice, boolean calendarKnown) {
        Map<String, String> tenantNames = tenantNames();
        return documents.render(DocumentKind.PUBLIC_NOTICE, Map.of("title", title(call),
                "count", String.valueOf(notice.entries().size()),
                "startsOn", Docx.CHINESE_DATE.format(notice.startsOn()),
                "endsOn", Docx.CHINESE_DATE.format(notice.endsOn()),
                "calendarNote", calendarKnown ? "" : "（该期间所在年度的放假安排尚未录入，按周末推算）",
                "contact", notice.contact(), "date", Docx.CHINESE_DATE.format(notice.startsOn())),
                rows(notice, tenantNames));
    }

    /** The approval notice (认定通知) of a closed notice: the carriers it put on the list, under its document number. */
    byte[] approval(Call call, PublicNotice notice, List<NoticeEntry> approved, Map<DossierId, String> fields) {
        Map<String, String> tenantNames = tenantNames();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < approved.size(); i++) {
            NoticeEntry e = approved.get(i);
            rows.add(Map.of("no", String.valueOf(i + 1), "unitName", e.unitName(), "kind", e.kind().chineseName(),
                    "name", e.name(), "tenantName", tenantNames.getOrDefault(e.tenantId().value(), e.tenantId().value()),
                    "field", fields.getOrDefault(e.dossierId(), "")));
        }
        return documents.render(DocumentKind.APPROVAL_NOTICE, Map.of(
                "title", "关于公布" + call.year() + "年度昆明市概念验证中心和中试平台培育名单的通知",
                "documentNumber", notice.documentNumber() == null ? "" : notice.documentNumber(),
                "year", String.valueOf(call.year()), "count", String.valueOf(approved.size()),
                "date", notice.filedOn() == null ? "" : Docx.CHINESE_DATE.format(notice.filedOn())), rows);
    }

    private static List<Map<String, String>> rows(PublicNotice notice, Map<String, String> tenantNames) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < notice.entries().size(); i++) {
            NoticeEntry e = notice.entries().get(i);
            rows.add(Map.of("no", String.valueOf(i + 1), "unitName", e.unitName(), "kind", e.kind().chineseName(),
                    "name", e.name(), "tenantName", tenantNames.getOrDefault(e.tenantId().value(), e.tenantId().value())));
        }
        return rows;
    }
}
