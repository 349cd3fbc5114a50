package cn.kunming.kjj.carrier.volume;

import cn.kunming.kjj.carrier.annualreport.ReportContent;
import cn.kunming.kjj.carrier.common.CarrierKind;
import cn.kunming.kjj.carrier.dossier.DossierContent;
import cn.kunming.kjj.carrier.dossier.DossierStatus;
import cn.kunming.kjj.carrier.dossier.OfferedServices;
import cn.kunming.kjj.carrier.dossier.ReserveProject;
import cn.kunming.kjj.carrier.dossier.TeamMember;
import cn.kunming.kjj.carrier.eligibility.Facts;
import cn.kunming.kjj.carrier.tenant.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** What the generated volume says (names, fields, contents, stages): pure, drawn from the generator's seeded random. */
public final class VolumeContent {

    public static final String[] FIELDS = {"智能制造", "生物医药", "新材料", "数字经济", "绿色能源", "高原特色农业",
            "电子信息", "化工", "医疗器械", "节能环保"};
    public static final String[] WORDS = {"云岭", "滇池", "春城", "金马", "碧鸡", "翠湖", "盘龙", "长虫山", "阳宗",
            "螺蛳湾", "呈贡", "官渡", "西山", "海埂", "大观", "圆通"};
    /** The score criteria and their weights (migration V10) of each kind. */
    public static final String[] CRITERIA = {"BASIS", "TEAM", "PERFORMANCE", "SYSTEMS", "PLAN"};
    public static final int[] CONCEPT_WEIGHTS = {20, 25, 25, 15, 15};
    public static final int[] PILOT_WEIGHTS = {25, 20, 25, 15, 15};

    private VolumeContent() {
    }

    /** The dossiers of a call by stage: finished calls decided, the next-to-last in expert review, the last open. */
    public static DossierStatus status(VolumeSpec spec, int call, int j, int perCall, int approvedHere) {
        double at = (double) j / perCall;
        if (call < spec.finishedCalls()) {
            if (j < approvedHere) {
                return DossierStatus.APPROVED;
            }
            return at < 0.625 ? DossierStatus.REJECTED : at < 0.775 ? DossierStatus.NOT_RECOMMENDED
                    : at < 0.825 ? DossierStatus.WITHDRAWN : DossierStatus.DRAFT;
        }
        if (call == spec.calls() - 2) {
            return at < 0.35 ? DossierStatus.REVIEWED : at < 0.70 ? DossierStatus.UNDER_EXPERT_REVIEW
                    : at < 0.85 ? DossierStatus.NOT_RECOMMENDED : DossierStatus.DRAFT;
        }
        return at < 0.35 ? DossierStatus.SUBMITTED : at < 0.45 ? DossierStatus.RETURNED
                : at < 0.65 ? DossierStatus.RECOMMENDED : DossierStatus.DRAFT;
    }

    /** A dossier's content as an applicant would fill it in, under the given name and field. */
    public static DossierContent dossier(CarrierKind kind, String name, String field, LocalDate on, Random random) {
        boolean concept = kind == CarrierKind.CONCEPT_CENTER;
        Facts facts = new Facts(kind, name, on, UnitType.ENTERPRISE, true, true,
                BigDecimal.valueOf(500 + random.nextInt(2000)), 6 + random.nextInt(20), true, 3 + random.nextInt(5),
                1 + random.nextInt(3), 3 + random.nextInt(10), true, false, false,
                concept ? new Facts.PocFacts(BigDecimal.valueOf(100 + random.nextInt(400)),
                        BigDecimal.valueOf(random.nextInt(3000)), BigDecimal.valueOf(random.nextInt(800)),
                        random.nextInt(8), BigDecimal.valueOf(1000 + random.nextInt(3000))) : null,
                concept ? null : new Facts.PilotFacts(BigDecimal.valueOf(200 + random.nextInt(800)),
                        BigDecimal.valueOf(1000 + random.nextInt(4000)), 5 + random.nextInt(20), random.nextInt(6),
                        random.nextInt(5), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(random.nextInt(500))));
        List<TeamMember> team = List.of(new TeamMember("负责人" + random.nextInt(1000), "主任", "高级工程师", false),
                new TeamMember("成员" + random.nextInt(1000), "技术经理人", "技术经纪人", true));
        List<ReserveProject> projects = List.of(new ReserveProject(field + "储备项目一", field, concept ? "概念验证" : "中试"),
                new ReserveProject(field + "储备项目二", field, concept ? "概念验证" : "中试"));
        return new DossierContent(facts, OfferedServices.of(kind).subList(0, 3), "项目管理办法、知识产权管理制度、财务管理制度",
                true, team, List.of(), projects, "近两年服务企业 " + (5 + random.nextInt(40)) + " 家", field);
    }

    /** A submitted yearly report with plausible figures. */
    public static ReportContent report(Random random) {
        return new ReportContent("场地 " + (500 + random.nextInt(2000)) + " 平方米",
                "团队 " + (6 + random.nextInt(20)) + " 人", "服务项目 " + random.nextInt(40) + " 项",
                "成果转化 " + random.nextInt(12) + " 项", "典型案例若干", "收支平衡", "无",
                BigDecimal.valueOf(50 + random.nextInt(500)), random.nextInt(40), random.nextInt(6),
                BigDecimal.valueOf(random.nextInt(2000)));
    }

    /** The index-th of {@code parts} near-equal shares of {@code total}; the shares add up to it exactly. */
    public static int share(int total, int parts, int index) {
        return (int) ((long) total * (index + 1) / parts - (long) total * index / parts);
    }
}
