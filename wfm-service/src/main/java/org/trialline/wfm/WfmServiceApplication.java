package org.trialline.wfm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Forecasts, staffing requirements and shift rosters. */
@SpringBootApplication
public class WfmServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WfmServiceApplication.class, args);
    }
}
