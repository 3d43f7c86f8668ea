package nl.wmotoezicht.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmotoezicht.testsupport.StandaloneDmn;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The decision requirements graph {@code risicoprofiel} ({@code decisions/risicoprofiel.dmn}), evaluated with the
 * standalone DMN engine exactly as packaged: one test row per rule of {@code risicopunten} and of
 * {@code risicoprofiel}, each starting from a quiet provider (no rule but its service kind fires) and changing one
 * input; {@link #everyRuleHasItsOwnTestRow} proves that no rule is left out.
 */
class RisicoprofielDecisionTest {

  static final String MODEL = "decisions/risicoprofiel.dmn";

  private static final StandaloneDmn DMN = new StandaloneDmn();
  private static DmnDecision profile;
  private static final Set<String> TESTED = new HashSet<>();

  @BeforeAll
  static void parse() throws IOException {
    profile = DMN.parse(MODEL, RiskDecision.PROFILE);
  }


  /** A provider of dagbesteding with nothing against it: only the service kind's rule fires (6 points). */
  static RiskInputs quiet() {
    return new RiskInputs(ServiceKind.DAGBESTEDING, 0, 0, 0, 0, 0, 0, 0, 0, false, false, 12, 10, 60, null);
  }

  private static DmnDecisionResult evaluate(RiskInputs inputs) {
    return evaluate(new LinkedHashMap<>(inputs.toVariables()));
  }

  private static DmnDecisionResult evaluate(Map<String, Object> variables) {
    return DMN.evaluate(profile, variables);
  }

  private static List<String> matched(String decisionKey) {
    return DMN.events().stream().filter(e -> e.getDecision().getKey().equals(decisionKey))
        .flatMap(e -> e.getMatchingRules().stream()).map(DmnEvaluatedDecisionRule::getId).toList();
  }

  @Test
  void aQuietProviderScoresOnlyItsServiceKind() {
    DmnDecisionResult result = evaluate(quiet());
    assertThat(matched(RiskDecision.POINTS)).containsExactly("Rule_risicopunten_04");
    assertThat(matched(RiskDecision.PROFILE)).containsExactly("Rule_risicoprofiel_03");
    assertThat((String) result.getSingleResult().getEntry(RiskDecision.CLASS)).isEqualTo("laag");
    TESTED.add("Rule_risicopunten_04");
    TESTED.add("Rule_risicoprofiel_03");
  }

  @ParameterizedTest(name = "{0}: {1}={2} → {3} punten")
  @CsvSource(delimiter = ';', value = {
      "Rule_risicopunten_01; dienstsoort; beschermdWonen; 20",
      "Rule_risicopunten_02; dienstsoort; pgb; 12",
      "Rule_risicopunten_03; dienstsoort; begeleiding; 10",
      "Rule_risicopunten_05; ernstigeCalamiteiten; 1; 25",
      "Rule_risicopunten_06; calamiteiten; 2; 10",
      "Rule_risicopunten_07; calamiteiten; 1; 5",
      "Rule_risicopunten_08; signalen; 3; 15",
      "Rule_risicopunten_09; signalen; 2; 5",
      "Rule_risicopunten_10; signalenContractbeheer; 1; 10",
      "Rule_risicopunten_11; themasVoldoetNiet; 1; 20",
      "Rule_risicopunten_12; themasVoldoetDeels; 2; 8",
      "Rule_risicopunten_13; openHerstelaanbod; 1; 10",
      "Rule_risicopunten_14; handhavingszaken; 1; 15",
      "Rule_risicopunten_15; recidive; true; 15",
      "Rule_risicopunten_16; nooitBezocht; true; 10",
      "Rule_risicopunten_17; maandenSindsBezoek; 36; 10",
      "Rule_risicopunten_18; maandenSindsBezoek; 24; 5",
      "Rule_risicopunten_19; clienten; 50; 10",
      "Rule_risicopunten_20; clienten; 20; 5",
      "Rule_risicopunten_21; maandenActief; 11; 10",
      "Rule_risicopunten_22; clientervaring; 5.9; 10",
      "Rule_risicopunten_23; clientervaring; 6.0; 5",
  })
  void eachRuleAddsItsPointsAndReason(String rule, String input, String value, int points) {
    Map<String, Object> variables = new LinkedHashMap<>(quiet().toVariables());
    Object typed = switch (input) {
      case "dienstsoort" -> value;
      case "recidive", "nooitBezocht" -> Boolean.valueOf(value);
      case "clientervaring" -> Double.valueOf(value);
      default -> Integer.valueOf(value);
    };
    variables.put(input, typed);
    if (input.equals("ernstigeCalamiteiten")) {
      variables.put("calamiteiten", 1);
    }
    DmnDecisionResult result = DMN.evaluate(profile, variables);
    List<String> rules = matched(RiskDecision.POINTS);
    assertThat(rules).contains(rule);
    int base = input.equals("dienstsoort") ? 0 : 6;
    Number score = result.getSingleResult().getEntry(RiskDecision.SCORE);
    assertThat(score.intValue()).isEqualTo(base + points);
    TESTED.add(rule);
  }

  @ParameterizedTest(name = "{0}: score {1} → {2}")
  @CsvSource({
      "Rule_risicoprofiel_01, 50, hoog",
      "Rule_risicoprofiel_02, 25, midden",
      "Rule_risicoprofiel_02, 49, midden",
      "Rule_risicoprofiel_03, 24, laag",
  })
  void theSumOfThePointsGivesTheClass(String rule, int score, String riskClass) {
    // no rule of risicopunten fires for an unknown service kind with nothing against it, so the class table reads
    // the list of points given here, in the form the required decision hands it over
    Map<String, Object> variables = new LinkedHashMap<>(quiet().toVariables());
    variables.put("dienstsoort", "onbekend");
    variables.put("punten", List.of(score));
    DmnDecisionResult result = DMN.evaluate(profile, variables);
    assertThat(matched(RiskDecision.POINTS)).isEmpty();
    assertThat(matched(RiskDecision.PROFILE)).containsExactly(rule);
    assertThat((String) result.getSingleResult().getEntry(RiskDecision.CLASS)).isEqualTo(riskClass);
    assertThat(((Number) result.getSingleResult().getEntry(RiskDecision.SCORE)).intValue()).isEqualTo(score);
    TESTED.add(rule);
  }

  @Test
  void noPointsAtAllIsScoreZeroAndLow() {
    Map<String, Object> variables = new LinkedHashMap<>(quiet().toVariables());
    variables.put("dienstsoort", "onbekend");
    DmnDecisionResult result = evaluate(variables);
    assertThat((String) result.getSingleResult().getEntry(RiskDecision.CLASS)).isEqualTo("laag");
    assertThat(((Number) result.getSingleResult().getEntry(RiskDecision.SCORE)).intValue()).isZero();
  }

  @Test
  void severalFactorsAddUpWithTheirReasons() {
    RiskInputs inputs = new RiskInputs(ServiceKind.BESCHERMD_WONEN, 2, 1, 3, 1, 1, 0, 1, 1, true, false, 40, 55, 6, 5.5);
    DmnDecisionResult result = evaluate(inputs);
    // 20 + 25 + 10 + 15 + 10 + 20 + 10 + 15 + 15 + 10 + 10 + 10 + 10
    assertThat(((Number) result.getSingleResult().getEntry(RiskDecision.SCORE)).intValue()).isEqualTo(180);
    assertThat((String) result.getSingleResult().getEntry(RiskDecision.CLASS)).isEqualTo("hoog");
    assertThat(matched(RiskDecision.POINTS)).hasSize(13);
  }

  private static InputStream resource() {
    try {
      return new ClassPathResource(MODEL).getInputStream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void everyRuleHasItsOwnTestRow() {
    Set<String> all = new HashSet<>();
    for (DmnDecision decision : DMN.engine().parseDecisions(resource())) {
      for (DmnDecisionTableRuleImpl rule : ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules()) {
        all.add(rule.getId());
      }
    }
    assertThat(TESTED).containsAll(all);
  }
}
