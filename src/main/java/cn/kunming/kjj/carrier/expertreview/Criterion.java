package cn.kunming.kjj.carrier.expertreview;

import cn.kunming.kjj.carrier.common.CarrierKind;

import java.util.Locale;

/** One criterion of the score sheet of a kind, with its weight; the weights of a kind add up to 100. */
public record Criterion(CarrierKind kind, String code, String nameZh, String nameEn, int weight) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
