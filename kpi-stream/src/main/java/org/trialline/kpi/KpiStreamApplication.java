package org.trialline.kpi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Real-time queue state and KPIs for the wallboard. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KpiStreamApplication {

    public static void main(String[] args) {
        SpringApplication.run(KpiStreamApplication.class, args);
    }
}
