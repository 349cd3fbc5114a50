package cn.kunming.kjj.carrier.common.ui;

import org.jspecify.annotations.Nullable;
import cn.kunming.kjj.carrier.common.Wan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and money as users read them: zh-CN dates (2026-11-28 style) and amounts in 万元. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(@Nullable LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    public static String dateTimeSeconds(@Nullable LocalDateTime time) {
        return time == null ? "" : DATE_TIME_SECONDS.format(time);
    }

    public static String wan(Wan amount, Locale locale) {
        return amount == null ? "" : amount.toPlainString() + (PortalI18NProvider.isEnglish(locale) ? " × 10k CNY" : " 万元");
    }
}
