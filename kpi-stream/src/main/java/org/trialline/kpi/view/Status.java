package org.trialline.kpi.view;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trialline.kpi.config.KpiProperties.Thresholds;

/** Where a group stands against its thresholds: OK, WARN or ALERT per measure. A measure without data is OK. */
public final class Status {

    public static final String OK = "OK";
    public static final String WARN = "WARN";
    public static final String ALERT = "ALERT";

    private Status() {}

    static Map<String, String> judge(Thresholds thresholds, Figures today, Double oldestWaitSeconds) {
        Map<String, String> status = new LinkedHashMap<>();
        status.put(
                "serviceLevel",
                below(today.serviceLevel(), thresholds.serviceLevelWarn(), thresholds.serviceLevelAlert()));
        status.put(
                "oldestWait",
                above(oldestWaitSeconds, thresholds.oldestWaitWarnSeconds(), thresholds.oldestWaitAlertSeconds()));
        status.put(
                "abandonmentRate",
                above(today.abandonmentRate(), thresholds.abandonmentWarn(), thresholds.abandonmentAlert()));
        return status;
    }

    private static String below(Double value, double warn, double alert) {
        if (value == null) {
            return OK;
        }
        return value < alert ? ALERT : value < warn ? WARN : OK;
    }

    private static String above(Double value, double warn, double alert) {
        if (value == null) {
            return OK;
        }
        return value > alert ? ALERT : value > warn ? WARN : OK;
    }
}
