package org.trialline.queue.routing;

/** A contact to offer to an agent. */
record Offer(WaitingContact contact, String agentId) {}
