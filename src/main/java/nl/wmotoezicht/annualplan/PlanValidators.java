package nl.wmotoezicht.annualplan;


import java.util.List;
import java.util.Optional;

/** What the checks of the plan's start and user tasks share (each check is its own {@code @Component}). */
final class PlanValidators {

  /** The contract managers' reaction term when the region sets none, by name in {@code terms/termijnen.yaml}. */
  static final String REACTION_TERM = "reactieContractmanagers";

  /** The non-empty lines of a text field, stripped. */
  static List<String> lines(Optional<String> text) {
    return text.map(t -> t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of());
  }
}
