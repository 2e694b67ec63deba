package org.trialline.wfm.forecast;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A queue whose history is too short to forecast from. Answered as 422 rather than with intervals of zero calls, which
 * a planner would take for a forecast of a quiet queue.
 */
class NoHistoryException extends ErrorResponseException {

    NoHistoryException(String queueId, LocalDate historyFrom, LocalDate historyTo, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(queueId, historyFrom, historyTo, reason), null);
    }

    private static ProblemDetail problem(String queueId, LocalDate historyFrom, LocalDate historyTo, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "No forecast for queue " + queueId + ": " + reason + " Import interval counts"
                        + " (POST /api/wfm/history/intervals) or forecast once the queue has a week of calls.");
        problem.setTitle("Not enough history");
        problem.setProperty("queueId", queueId);
        problem.setProperty("historyFrom", historyFrom.toString());
        problem.setProperty("historyTo", historyTo.toString());
        return problem;
    }
}
