package cn.kunming.kjj.carrier.document;

import cn.kunming.kjj.carrier.support.OfficeFiles;
import cn.kunming.kjj.carrier.common.Docx;
import cn.kunming.kjj.carrier.common.DocxTemplate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxTemplateTest {

    private static String text(byte[] docx) throws Exception {
        return OfficeFiles.docxText(docx);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void eachDefaultTemplateUsesExactlyThePlaceholdersOfItsKind(DocumentKind kind) {
        assertThat(DocxTemplate.placeholders(DefaultTemplates.of(kind)))
                .containsExactlyInAnyOrderElementsOf(kind.placeholders());
    }

    @Test
    void theListRowIsRepeatedOncePerEntryAndEveryPlaceholderIsFilled() throws Exception {
        List<Map<String, String>> rows = List.of(
                Map.of("no", "1", "unitName", "甲单位", "kind", "概念验证中心", "name", "甲中心", "opinion", "同意推荐"),
                Map.of("no", "2", "unitName", "乙单位", "kind", "中试平台", "name", "乙平台", "opinion", "同意\n推荐"),
                Map.of("no", "3", "unitName", "丙单位", "kind", "中试平台", "name", "丙平台", "opinion", ""));
        byte[] out = DocxTemplate.render(DefaultTemplates.of(DocumentKind.RECOMMENDATION_OPINION), Map.of(
                "tenantName", "五华区科学技术局", "callTitle", "2026年申报", "count", "3", "officerName", "张三",
                "date", "2026年11月28日"), rows);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out))) {
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("甲单位");
            assertThat(table.getRow(2).getCell(4).getText()).isEqualTo("同意 推荐");
            assertThat(table.getRow(3).getCell(3).getText()).isEqualTo("丙平台");
        }
        String text = text(out);
        assertThat(text).contains("五华区科学技术局关于2026年申报的推荐意见", "现推荐以下3家单位", "经办人：张三")
                .doesNotContain("{{");
    }

    @Test
    void aPlaceholderThatWordSplitAcrossRunsIsStillFilled() throws Exception {
        byte[] template = Docx.write(doc -> {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("致{{unit");
            p.createRun().setText("Name}}：");
            p.getRuns().get(0).setBold(true);
        });
        byte[] out = DocxTemplate.render(template, Map.of("unitName", "昆明某研究院"), List.of());
        assertThat(text(out).strip()).isEqualTo("致昆明某研究院：");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out))) {
            assertThat(doc.getParagraphs().getFirst().getRuns()).hasSize(1);
            assertThat(doc.getParagraphs().getFirst().getRuns().getFirst().isBold()).as("first run's format").isTrue();
        }
    }

    @Test
    void aFileThatIsNotADocxIsRefusedWithAMessage() {
        assertThatThrownBy(() -> DocxTemplate.placeholders("not a document".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocxTemplate.NotADocx.class).hasMessage("template.notDocx");
    }
}
