package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.call.Call;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.security.PortalUser;
import cn.kunming.kjj.carrier.tenant.Tenant;
import cn.kunming.kjj.carrier.tenant.repository.TenantRepository;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The district's recommendation opinion (推荐意见) on a call as a Word document: a title, the list of recommended
 * dossiers with the district's opinion on each, and the signature block to sign and seal.
 */
@Component
class OpinionDocument {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private final TenantRepository tenants;

    OpinionDocument(TenantRepository tenants) {
        this.tenants = tenants;
    }

    byte[] render(Call call, PortalUser officer, List<InboxRow> recommended, LocalDate today) {
        String tenantName = officer.tenantId() == null ? "昆明市科学技术局"
                : tenants.findById(officer.tenantId()).map(Tenant::name).orElse(officer.tenantId().value());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, tenantName + "关于" + call.title() + "的推荐意见", 16, true, ParagraphAlignment.CENTER);
            paragraph(doc, "昆明市科学技术局：", 12, false, ParagraphAlignment.LEFT);
            paragraph(doc, "根据《昆明市概念验证中心和中试平台认定管理办法》第四条第（三）项（P4.3），我单位对辖区内申报单位的材料"
                    + "进行了完整性和真实性审查，现推荐以下" + recommended.size() + "家单位：", 12, false, ParagraphAlignment.LEFT);
            XWPFTable table = doc.createTable(recommended.size() + 1, 5);
            row(table.getRow(0), "序号", "申报单位", "类型", "拟用名称", "推荐意见");
            for (int i = 0; i < recommended.size(); i++) {
                InboxRow r = recommended.get(i);
                row(table.getRow(i + 1), String.valueOf(i + 1), r.unitName(), kind(r.dossier().kind()),
                        r.dossier().content().facts().name(), r.lastAction().opinion());
            }
            paragraph(doc, "", 12, false, ParagraphAlignment.LEFT);
            paragraph(doc, tenantName + "（盖章）", 12, false, ParagraphAlignment.RIGHT);
            paragraph(doc, "经办人：" + officer.displayName(), 12, false, ParagraphAlignment.RIGHT);
            paragraph(doc, CHINESE_DATE.format(today), 12, false, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(CarrierKind kind) {
        return kind == CarrierKind.CONCEPT_CENTER ? "概念验证中心" : "中试平台";
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily("仿宋");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void row(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i] == null ? "" : cells[i]);
        }
    }
}
