package cn.kunming.kjj.carrier.review;

import cn.kunming.kjj.carrier.common.CarrierKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every expert score of a call in Excel: one sheet per kind with a row per submitted sheet (each criterion, the
 * weighted total, the opinion and the comments), and a summary sheet with one row per dossier.
 */
final class ScoreExport {

    private ScoreExport() {
    }

    static byte[] write(List<BoardRow> rows, Map<CarrierKind, List<Criterion>> criteria) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle score = book.createCellStyle();
            score.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            summary(book.createSheet("汇总"), rows, score);
            for (CarrierKind kind : CarrierKind.values()) {
                List<BoardRow> ofKind = rows.stream().filter(r -> r.dossier().kind() == kind).toList();
                sheets(book.createSheet(kind == CarrierKind.CONCEPT_CENTER ? "概念验证中心评分" : "中试平台评分"),
                        ofKind, criteria.get(kind), score, time);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, List<BoardRow> rows, CellStyle score) {
        header(sheet, List.of("申报单位", "类型", "拟用名称", "状态", "已提交评分表", "平均分", "极差", "意见分歧"));
        int r = 1;
        for (BoardRow row : rows) {
            Row x = sheet.createRow(r++);
            text(x, 0, row.unitName());
            text(x, 1, row.dossier().kind().chineseName());
            text(x, 2, row.dossier().content().facts().name());
            text(x, 3, row.dossier().status().name());
            x.createCell(4).setCellValue(row.summary().sheets());
            number(x, 5, row.summary().mean(), score);
            number(x, 6, row.summary().spread(), score);
            text(x, 7, row.summary().disagreement() ? "是" : "否");
        }
    }

    private static void sheets(Sheet sheet, List<BoardRow> rows, List<Criterion> criteria, CellStyle score,
                               CellStyle time) {
        List<String> headers = new ArrayList<>(List.of("申报单位", "拟用名称", "专家"));
        criteria.forEach(c -> headers.add(c.nameZh() + "（权重" + c.weight() + "）"));
        headers.addAll(List.of("加权总分", "推荐意见", "评审意见", "提交时间"));
        header(sheet, headers);
        int r = 1;
        for (BoardRow row : rows) {
            for (Assignment a : row.assignments()) {
                if (a.status() != AssignmentStatus.SUBMITTED) {
                    continue;
                }
                Row x = sheet.createRow(r++);
                int c = 0;
                text(x, c++, row.unitName());
                text(x, c++, row.dossier().content().facts().name());
                text(x, c++, a.expertName());
                for (Criterion criterion : criteria) {
                    Integer s = a.sheet().scores().get(criterion.code());
                    if (s != null) {
                        x.createCell(c).setCellValue(s);
                    }
                    c++;
                }
                number(x, c++, a.weightedScore(), score);
                text(x, c++, a.sheet().opinion() == ExpertOpinion.SUPPORT ? "推荐" : "不推荐");
                text(x, c++, a.sheet().comments());
                dateTime(x, c, a.submittedAt(), time);
            }
        }
    }

    private static void header(Sheet sheet, List<String> names) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            h.createCell(i).setCellValue(names.get(i));
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(value == null ? "" : value);
    }

    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static void dateTime(Row row, int col, LocalDateTime value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

}
