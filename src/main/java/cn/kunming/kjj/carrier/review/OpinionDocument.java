package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The district's recommendation opinion (推荐意见) on a call as a Word document: a title, the list of recommended
 * dossiers with the district's opinion on each, and the signature block to sign and seal.
 */
@Component
class OpinionDocument {

    private final TenantRepository tenants;

    OpinionDocument(TenantRepository tenants) {
        this.tenants = tenants;
    }

    byte[] render(Call call, PortalUser officer, List<InboxRow> recommended, LocalDate today) {
        String tenantName = officer.tenantId() == null ? "昆明市科学技术局"
                : tenants.findById(officer.tenantId()).map(Tenant::name).orElse(officer.tenantId().value());
        return Docx.write(doc -> {
            Docx.title(doc, tenantName + "关于" + call.title() + "的推荐意见");
            Docx.text(doc, "昆明市科学技术局：");
            Docx.text(doc, "根据《昆明市概念验证中心和中试平台建设管理办法》第四条第（三）项（P4.3），我单位对辖区内申报单位的材料"
                    + "进行了完整性和真实性审查，现推荐以下" + recommended.size() + "家单位：");
            Docx.table(doc, List.of("序号", "申报单位", "类型", "拟用名称", "推荐意见"),
                    java.util.stream.IntStream.range(0, recommended.size()).mapToObj(i -> {
                        InboxRow r = recommended.get(i);
                        return List.of(String.valueOf(i + 1), r.unitName(), r.dossier().kind().chineseName(),
                                r.dossier().content().facts().name(), r.lastAction().opinion());
                    }).toList());
            Docx.text(doc, "");
            Docx.signature(doc, tenantName + "（盖章）");
            Docx.signature(doc, "经办人：" + officer.displayName());
            Docx.signature(doc, Docx.CHINESE_DATE.format(today));
        });
    }
}
