/** The gateway's settings, bound from {@code trialline.security} and {@code trialline.gateway}. */
package org.trialline.gateway.config;
