package org.trialline.wfm.roster;

import java.time.LocalDate;
import java.time.LocalTime;

/** A worked day as stored: who, when, which template and the queue covered. */
public record ShiftRecord(String agentId, LocalDate date, String templateId, LocalTime start, String queueId) {}
