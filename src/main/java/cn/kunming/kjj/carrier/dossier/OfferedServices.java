package cn.kunming.kjj.carrier.dossier;

import cn.kunming.kjj.carrier.common.CarrierKind;

import java.util.List;

/** The services each kind of carrier offers (Art. 1), from which an applicant declares its own. */
public final class OfferedServices {

    private OfferedServices() {
    }

    public static List<String> of(CarrierKind kind) {
        return switch (kind) {
            case CONCEPT_CENTER -> List.of("科技成果遴选识别", "原理验证", "可行性评估", "产品与场景体系验证",
                    "原型制备与技术可行性验证", "商业前景验证");
            case PILOT_PLATFORM -> List.of("产品工艺验证", "二次开发实验", "制程工艺改进（工艺规程改进）", "工艺放大熟化",
                    "批量试生产", "产品性能测试", "仪器设备共享", "产品上市前合规性服务");
        };
    }
}
