package vn.ocop.rating.rules;

import java.util.List;

/**
 * Which star classes one level of government may recognise under a rule set (thẩm quyền công nhận),
 * e.g. the province recognises 3★ and 4★ after Decision 1489.
 */
public record LevelAuthority(EvaluationLevel level, List<Integer> recognises) {

  public LevelAuthority {
    recognises = recognises == null ? List.of() : List.copyOf(recognises);
  }
}
