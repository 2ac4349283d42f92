package vn.ocop.rating.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * Builds and checks the planned windows of a round's steps: the province's usual calendar from
 * configuration, overridden by the windows an officer sends. Windows must follow the order of the
 * steps (each opens and ends no earlier than the one before; overlaps are normal practice).
 */
@ApplicationScoped
public class CycleSchedule {
  private final Map<CycleStep, String> calendar = new EnumMap<>(CycleStep.class);

  CycleSchedule(CycleCalendarConfig config) {
    calendar.put(CycleStep.PROMOTION, config.promotion());
    calendar.put(CycleStep.IDEA_REGISTRATION, config.ideaRegistration());
    calendar.put(CycleStep.BUSINESS_PLANS, config.businessPlans());
    calendar.put(CycleStep.IMPLEMENTATION, config.implementation());
    calendar.put(CycleStep.EVALUATION, config.evaluation());
    calendar.put(CycleStep.TRADE_PROMOTION, config.tradePromotion());
  }

  /** The usual windows of the six steps in a year. */
  public Map<CycleStep, StepWindow> usual(int year) {
    Map<CycleStep, StepWindow> windows = new EnumMap<>(CycleStep.class);
    for (CycleStep step : CycleStep.steps()) {
      windows.put(step, parse(step, calendar.get(step), year));
    }
    return windows;
  }

  /**
   * The windows after applying the requested ones over {@code base}.
   *
   * @param field the request field naming the list, for errors (e.g. {@code schedule})
   * @throws ProblemException 400 VALIDATION_FAILED naming each broken window
   */
  public List<StepWindow> merge(
      Map<CycleStep, StepWindow> base, List<StepWindowRequest> requested, String field) {
    Map<CycleStep, StepWindow> windows = new EnumMap<>(base);
    Map<CycleStep, Integer> indexOf = new EnumMap<>(CycleStep.class);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      StepWindowRequest window = requested.get(i);
      String at = field + "[" + i + "]";
      if (window.step() == CycleStep.CLOSED) {
        errors.add(new FieldError(at + ".step", "aStep", "CLOSED is not a step with a window"));
        continue;
      }
      if (indexOf.put(window.step(), i) != null) {
        errors.add(new FieldError(at + ".step", "unique", window.step() + " is given twice"));
        continue;
      }
      if (window.deadline().isBefore(window.opensOn())) {
        errors.add(
            new FieldError(at + ".deadline", "notBeforeOpensOn", "the deadline precedes opensOn"));
        continue;
      }
      windows.put(
          window.step(), new StepWindow(window.step(), window.opensOn(), window.deadline()));
    }
    if (errors.isEmpty()) {
      errors.addAll(orderErrors(windows, indexOf, field));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The schedule breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
          errors);
    }
    return List.copyOf(windows.values());
  }

  private static List<FieldError> orderErrors(
      Map<CycleStep, StepWindow> windows, Map<CycleStep, Integer> indexOf, String field) {
    List<FieldError> errors = new ArrayList<>();
    StepWindow previous = null;
    for (StepWindow window : windows.values()) {
      if (previous != null
          && (window.opensOn().isBefore(previous.opensOn())
              || window.deadline().isBefore(previous.deadline()))) {
        Integer index = indexOf.getOrDefault(window.step(), indexOf.get(previous.step()));
        String at = index == null ? field : field + "[" + index + "]";
        errors.add(
            new FieldError(
                at,
                "inStepOrder",
                window.step()
                    + " ("
                    + window.opensOn()
                    + " to "
                    + window.deadline()
                    + ") opens or ends before "
                    + previous.step()
                    + " ("
                    + previous.opensOn()
                    + " to "
                    + previous.deadline()
                    + ")"));
      }
      previous = window;
    }
    return errors;
  }

  private static StepWindow parse(CycleStep step, String value, int year) {
    String[] parts = value.split("/");
    try {
      if (parts.length != 2) {
        throw new DateTimeParseException("expected MM-dd/MM-dd", value, 0);
      }
      LocalDate opensOn = MonthDay.parse("--" + parts[0].strip()).atYear(year);
      LocalDate deadline = MonthDay.parse("--" + parts[1].strip()).atYear(year);
      if (deadline.isBefore(opensOn)) {
        deadline = deadline.plusYears(1);
      }
      return new StepWindow(step, opensOn, deadline);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "ocop.rating.calendar for " + step + " must be MM-dd/MM-dd, not " + value, e);
    }
  }
}
