package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.document.DocumentKind;
import cn.kunming.kjj.carrier.document.Documents;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.Tenants;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The district's recommendation opinion (推荐意见) on a call as a Word document from its template: a title, the list
 * of recommended dossiers with the district's opinion on each, and the signature block to sign and seal.
 */
@Component
class OpinionDocument {

    private final Tenants tenants;
    private final Documents documents;

    OpinionDocument(Tenants tenants, Documents documents) {
        this.tenants = tenants;
        this.documents = documents;
    }

    byte[] render(Call call, PortalUser officer, List<InboxRow> recommended, LocalDate today) {
        String tenantName = officer.tenantId() == null ? "昆明市科学技术局"
                : tenants.findById(officer.tenantId()).map(Tenant::name).orElse(officer.tenantId().value());
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < recommended.size(); i++) {
            InboxRow r = recommended.get(i);
            DistrictReview recommendation = r.lastAction();
            rows.add(Map.of("no", String.valueOf(i + 1), "unitName", r.unitName(),
                    "kind", r.dossier().kind().chineseName(), "name", r.dossier().content().facts().name(),
                    "opinion", recommendation == null ? "" : recommendation.opinion()));
        }
        return documents.render(DocumentKind.RECOMMENDATION_OPINION, Map.of("tenantName", tenantName,
                "callTitle", call.title(), "count", String.valueOf(recommended.size()),
                "officerName", officer.displayName(), "date", Docx.CHINESE_DATE.format(today)), rows);
    }
}
