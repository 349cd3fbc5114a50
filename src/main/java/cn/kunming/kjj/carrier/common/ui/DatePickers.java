package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;
import java.util.Locale;

/**
 * Date pickers that speak the user's language and show dates as 2026-11-28, and read them as people type them:
 * 2026-11-28, 2026/11/28, 2026.11.28, 20261128 or 2026年11月28日 (an unreadable date is said, not just marked red).
 */
public final class DatePickers {

    /** The other ways a date is typed here, read besides the shown yyyy-MM-dd. */
    static final List<String> TYPED_FORMATS = List.of("yyyy/M/d", "yyyy.M.d", "yyyy-M-d", "yyyyMMdd", "yyyy年M月d日");

    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", TYPED_FORMATS.toArray(String[]::new));
        if (PortalI18NProvider.isEnglish(locale)) {
            picker.setLocale(Locale.UK);
            i18n.setFirstDayOfWeek(1);
            i18n.setBadInputErrorMessage("Not a date: type it as 2026-12-20, 2026/12/20 or 2026年12月20日.");
            i18n.setMinErrorMessage("The date is earlier than allowed.");
            i18n.setMaxErrorMessage("The date is later than allowed.");
            i18n.setRequiredErrorMessage("Enter a date.");
        } else {
            picker.setLocale(Locale.SIMPLIFIED_CHINESE);
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                    "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setBadInputErrorMessage("无法识别该日期，请按 2026-12-20、2026/12/20 或 2026年12月20日 输入。");
            i18n.setMinErrorMessage("该日期早于允许的最早日期。");
            i18n.setMaxErrorMessage("该日期晚于允许的最晚日期。");
            i18n.setRequiredErrorMessage("请填写日期。");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
