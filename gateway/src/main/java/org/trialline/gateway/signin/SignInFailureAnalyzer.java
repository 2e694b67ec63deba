package org.trialline.gateway.signin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused sign-in set-up into the one-line failed start every TrialLine service reports. */
class SignInFailureAnalyzer extends AbstractFailureAnalyzer<DefaultUsersRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DefaultUsersRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
