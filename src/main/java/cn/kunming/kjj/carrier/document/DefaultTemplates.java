package cn.kunming.kjj.carrier.document;

import cn.kunming.kjj.carrier.common.Docx;

import java.util.List;

/**
 * The templates the portal ships with, in the house style of {@link Docx}. They are made here rather than kept as
 * binary files so that their placeholders are reviewed with the code; an administrator downloads one, edits it in
 * Word or WPS, and uploads it in its place.
 */
final class DefaultTemplates {

    private DefaultTemplates() {
    }

    static byte[] of(DocumentKind kind) {
        return switch (kind) {
            case RECOMMENDATION_OPINION -> Docx.write(doc -> {
                Docx.title(doc, "{{tenantName}}关于{{callTitle}}的推荐意见");
                Docx.text(doc, "昆明市科学技术局：");
                Docx.text(doc, "根据《昆明市概念验证中心和中试平台建设管理办法》第四条第（三）项（P4.3），我单位对辖区内申报单位的材料"
                        + "进行了完整性和真实性审查，现推荐以下{{count}}家单位：");
                Docx.table(doc, List.of("序号", "申报单位", "类型", "拟用名称", "推荐意见"),
                        List.of(rowOf(kind)));
                Docx.text(doc, "");
                Docx.signature(doc, "{{tenantName}}（盖章）");
                Docx.signature(doc, "经办人：{{officerName}}");
                Docx.signature(doc, "{{date}}");
            });
            case PUBLIC_NOTICE -> Docx.write(doc -> {
                Docx.title(doc, "{{title}}");
                Docx.text(doc, "根据《昆明市概念验证中心和中试平台建设管理办法》第四条第（五）项（P4.5），经专家评审和局集体研究，"
                        + "拟将以下{{count}}家单位列入培育名单，现予以公示。");
                Docx.text(doc, "公示期：{{startsOn}}至{{endsOn}}{{calendarNote}}");
                Docx.table(doc, List.of("序号", "依托单位", "类型", "拟用名称", "属地"), List.of(rowOf(kind)));
                Docx.text(doc, "公示期内，如有异议，请以书面形式向市科技局反映，并提供必要的证明材料。联系方式：{{contact}}");
                Docx.signature(doc, "昆明市科学技术局");
                Docx.signature(doc, "{{date}}");
            });
            case APPROVAL_NOTICE -> Docx.write(doc -> {
                Docx.signature(doc, "{{documentNumber}}");
                Docx.title(doc, "{{title}}");
                Docx.text(doc, "各县（市、区）科技管理部门，各开发（度假）区科技管理部门，各有关单位：");
                Docx.text(doc, "根据《昆明市概念验证中心和中试平台建设管理办法》第四条第（五）项（P4.5），经单位申报、属地推荐、"
                        + "专家评审、局集体研究和公示，现将以下{{count}}家单位列入{{year}}年度昆明市概念验证中心和中试平台培育名单。");
                Docx.table(doc, List.of("序号", "依托单位", "类型", "载体名称", "属地", "产业领域"), List.of(rowOf(kind)));
                Docx.text(doc, "请各载体按照办法第五条的要求，每年按时报送年度报告，接受动态管理。");
                Docx.signature(doc, "昆明市科学技术局");
                Docx.signature(doc, "{{date}}");
            });
            case DISQUALIFICATION_NOTICE -> Docx.write(doc -> {
                Docx.title(doc, "关于取消{{carrierName}}培育资格的通知");
                Docx.text(doc, "{{unitName}}：");
                Docx.text(doc, "你单位依托建设的{{kind}}“{{carrierName}}”，因{{ground}}（{{rule}}）：{{detail}}。"
                        + "经局研究决定，自{{effectiveOn}}起取消其培育资格。");
                Docx.text(doc, "根据办法第五条第（三）项（M5.4），你单位自取消之日起两年内（至{{banEndsOn}}）不得再次申报。{{recovery}}");
                Docx.signature(doc, "昆明市科学技术局");
                Docx.signature(doc, "{{date}}");
            });
        };
    }

    private static List<String> rowOf(DocumentKind kind) {
        return kind.rowFields().stream().map(f -> "{{row." + f + "}}").toList();
    }
}
