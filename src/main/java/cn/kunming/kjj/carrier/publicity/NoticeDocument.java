package cn.kunming.kjj.carrier.publicity;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of a public notice (公示) as .docx: the same content as the public page. */
@Component
class NoticeDocument {

    private final TenantRepository tenants;

    NoticeDocument(TenantRepository tenants) {
        this.tenants = tenants;
    }

    Map<String, String> tenantNames() {
        return tenants.findAll().stream().collect(Collectors.toMap(t -> t.id().value(), Tenant::name));
    }

    static String title(Call call) {
        return "关于" + call.year() + "年度昆明市概念验证中心和中试平台拟培育名单的公示";
    }

    byte[] render(Call call, PublicNotice notice, boolean calendarKnown) {
        Map<String, String> tenantNames = tenantNames();
        return Docx.write(doc -> {
            Docx.title(doc, title(call));
            Docx.text(doc, "根据《昆明市概念验证中心和中试平台建设管理办法》第四条第（五）项（P4.5），经专家评审和局集体研究，"
                    + "拟将以下" + notice.entries().size() + "家单位列入培育名单，现予以公示。");
            Docx.text(doc, "公示期：" + Docx.CHINESE_DATE.format(notice.startsOn()) + "至"
                    + Docx.CHINESE_DATE.format(notice.endsOn())
                    + (calendarKnown ? "" : "（该期间所在年度的放假安排尚未录入，按周末推算）"));
            Docx.table(doc, List.of("序号", "依托单位", "类型", "拟用名称", "属地"),
                    java.util.stream.IntStream.range(0, notice.entries().size()).mapToObj(i -> {
                        NoticeEntry e = notice.entries().get(i);
                        return List.of(String.valueOf(i + 1), e.unitName(), e.kind().chineseName(), e.name(),
                                tenantNames.getOrDefault(e.tenantId().value(), e.tenantId().value()));
                    }).toList());
            Docx.text(doc, "公示期内，如有异议，请以书面形式向市科技局反映，并提供必要的证明材料。联系方式：" + notice.contact());
            Docx.signature(doc, "昆明市科学技术局");
            Docx.signature(doc, Docx.CHINESE_DATE.format(notice.startsOn()));
        });
    }
}
