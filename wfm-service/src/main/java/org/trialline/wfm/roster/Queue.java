package org.trialline.wfm.roster;

/** A queue a roster staffs: agents who speak its language for its trial may cover it. */
public record Queue(String id, String language, String trial) {}
