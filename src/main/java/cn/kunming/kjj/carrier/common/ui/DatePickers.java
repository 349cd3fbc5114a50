package cn.kunming.kjj.carrier.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language and show dates as 2026-11-28. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        if (PortalI18NProvider.isEnglish(locale)) {
            picker.setLocale(Locale.UK);
            i18n.setFirstDayOfWeek(1);
        } else {
            picker.setLocale(Locale.SIMPLIFIED_CHINESE);
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                    "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("今天");
            i18n.setCancel("取消");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
