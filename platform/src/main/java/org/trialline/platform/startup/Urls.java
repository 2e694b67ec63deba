package org.trialline.platform.startup;

final class Urls {

    private Urls() {}

    /** Hides a password written into a connection URL, so that a start-up message never shows it. */
    static String withoutPassword(String url) {
        if (url == null || url.isBlank()) {
            return "(not set)";
        }
        return url.replaceAll("://([^:/@]+):[^@/]*@", "://$1:****@").replaceAll("(?i)([?&]password=)[^&]*", "$1****");
    }
}
