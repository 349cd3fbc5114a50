package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.common.XlsxTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every expert score of a set of subjects in Excel: a summary sheet with one row per subject, and one sheet per kind
 * with a row per submitted sheet (each criterion, the weighted total, the opinion and the comments).
 */
public final class ScoreExport {

    /** One subject's line: who, what, its status in words, and its assignments. */
    public record Row(String unitName, CarrierKind kind, String name, String status, List<Assignment> assignments,
                      ScoreSummary summary) {
    }

    private ScoreExport() {
    }

    public static byte[] write(List<Row> rows, Map<CarrierKind, List<Criterion>> criteria) {
        List<XlsxTable.Table> tables = new ArrayList<>();
        tables.add(new XlsxTable.Table("汇总", List.of("申报单位", "类型", "名称", "状态", "已提交评分表", "平均分", "极差", "意见分歧"),
                rows.stream().<List<?>>map(r -> Arrays.asList(r.unitName(), r.kind().chineseName(), r.name(),
                        r.status(), r.summary().sheets(), r.summary().mean(), r.summary().spread(),
                        r.summary().disagreement() ? "是" : "否")).toList()));
        for (CarrierKind kind : CarrierKind.values()) {
            List<Criterion> list = criteria.getOrDefault(kind, List.of());
            List<String> headers = new ArrayList<>(List.of("申报单位", "名称", "专家"));
            list.forEach(c -> headers.add(c.nameZh() + "（权重" + c.weight() + "）"));
            headers.addAll(List.of("加权总分", "推荐意见", "评审意见", "提交时间"));
            List<List<?>> sheets = new ArrayList<>();
            for (Row row : rows) {
                if (row.kind() != kind) {
                    continue;
                }
                for (Assignment a : row.assignments()) {
                    if (a.status() == AssignmentStatus.SUBMITTED) {
                        List<Object> cells = new ArrayList<>(List.of(row.unitName(), row.name(), a.expertName()));
                        list.forEach(c -> cells.add(a.sheet().scores().get(c.code())));
                        cells.addAll(Arrays.asList(a.weightedScore(),
                                a.sheet().opinion() == ExpertOpinion.SUPPORT ? "推荐" : "不推荐", a.sheet().comments(),
                                a.submittedAt()));
                        sheets.add(cells);
                    }
                }
            }
            tables.add(new XlsxTable.Table(kind == CarrierKind.CONCEPT_CENTER ? "概念验证中心评分" : "中试平台评分",
                    headers, sheets));
        }
        return XlsxTable.write(tables);
    }
}
