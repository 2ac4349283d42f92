package vn.ocop.rating.criteria;

import java.util.List;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/** Answers that do not fit the evaluation sheet: 422 naming each criterion and the rule broken. */
public class SheetAnswerException extends ProblemException {
  public static final String CODE = "INVALID_SHEET_ANSWER";

  public SheetAnswerException(String sheet, List<FieldError> errors) {
    super(
        422,
        CODE,
        "Answers do not fit the evaluation sheet",
        "The answers break " + errors.size() + " rule(s) of " + sheet,
        errors);
  }
}
