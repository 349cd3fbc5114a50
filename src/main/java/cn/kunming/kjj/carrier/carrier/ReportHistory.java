package cn.kunming.kjj.carrier.carrier;

import cn.kunming.kjj.carrier.common.CarrierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What disqualification (M5.3) needs to know of a carrier's yearly reports. The yearly-report feature answers; the
 * carrier feature, which that feature builds on, depends on no feature above it.
 */
public interface ReportHistory {

    /** The years a carrier approved on the day reports on, up to this year. */
    List<Integer> reportYears(LocalDate approvedOn, LocalDate today);

    /** The day the report for the year is due (M5.1). */
    LocalDate dueOn(int reportYear);

    Set<Integer> submittedYears(CarrierId carrierId);

    /** Each evaluated year, and whether the carrier failed it. */
    Map<Integer, Boolean> failedByYear(CarrierId carrierId);
}
