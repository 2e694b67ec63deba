package org.trialline.kpi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Real-time queue state and KPIs for the wallboard. */
@SpringBootApplication
public class KpiStreamApplication {

    public static void main(String[] args) {
        SpringApplication.run(KpiStreamApplication.class, args);
    }
}
