package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ACUTE_DANGER;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FRAUD_SUSPECTED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.IN_SCOPE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.MANY_CLIENTS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SIGNAL_SOURCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.testsupport.StandaloneDmn;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The decision table {@code signaalTriage} ({@code docs/processen/signaalonderzoek.md}), evaluated with the standalone
 * Camunda DMN engine exactly as packaged: one row per rule (the first column names the rule that must match, and {@link
 * #everyRuleHasItsOwnTestRow} proves none is left out), an answer for every combination of inputs, and what a process
 * owner reading it in Camunda Modeler needs.
 */
class SignaalTriageDecisionTest {

  static final String MODEL = "decisions/signaalTriage.dmn";
  static final List<String> SOURCES = List.of("burger", "toegang", "contractmanager", "ikz", "toezichthouder", "calamiteit");
  static final List<String> SUBJECTS = List.of("kwaliteit", "rechtmatigheid", "beide");

  private static final StandaloneDmn DMN = new StandaloneDmn();
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    decision = DMN.parse(MODEL, InvestigationProcess.TRIAGE_DECISION);
  }

  private static DmnDecisionResult evaluate(boolean inScope, boolean acute, boolean many, String subject,
      boolean fraud, String source) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(IN_SCOPE.name(), inScope);
    variables.put(ACUTE_DANGER.name(), acute);
    variables.put(MANY_CLIENTS.name(), many);
    variables.put(SUBJECT.name(), subject);
    variables.put(FRAUD_SUSPECTED.name(), fraud);
    variables.put(SIGNAL_SOURCE.name(), source);
    return DMN.evaluate(decision, variables);
  }

  private static List<String> matchedRules() {
    return DMN.events().stream().flatMap(e -> e.getMatchingRules().stream()).map(DmnEvaluatedDecisionRule::getId)
        .toList();
  }

  @ParameterizedTest(name = "{0}: reikwijdte {1}, acuut {2}, veel {3}, {4}, fraude {5}, {6} → {7}, {8} werkdagen, IKZ {9}")
  @CsvSource({
      "Rule_signaalTriage_01, false, false, false, rechtmatigheid, true,  burger,          normaal, 10, true",
      "Rule_signaalTriage_02, false, true,  true,  kwaliteit,      false, toegang,         normaal, 10, false",
      "Rule_signaalTriage_03, true,  true,  false, beide,          true,  ikz,             spoed,   1,  true",
      "Rule_signaalTriage_04, true,  true,  true,  kwaliteit,      false, burger,          spoed,   1,  false",
      "Rule_signaalTriage_05, true,  false, true,  rechtmatigheid, true,  contractmanager, hoog,    5,  true",
      "Rule_signaalTriage_06, true,  false, true,  kwaliteit,      false, toegang,         hoog,    5,  false",
      "Rule_signaalTriage_07, true,  false, false, beide,          true,  burger,          hoog,    5,  true",
      "Rule_signaalTriage_08, true,  false, false, kwaliteit,      false, calamiteit,      hoog,    5,  false",
      "Rule_signaalTriage_09, true,  false, false, rechtmatigheid, false, contractmanager, normaal, 10, false"})
  void eachRule(String rule, boolean inScope, boolean acute, boolean many, String subject, boolean fraud, String source,
      String urgency, int workingDays, boolean ikz) {
    DmnDecisionResultEntries result = evaluate(inScope, acute, many, subject, fraud, source).getFirstResult();

    assertThat(matchedRules()).first().isEqualTo(rule);
    assertThat((String) result.getEntry("urgentie")).isEqualTo(urgency);
    assertThat(((Number) result.getEntry("werkdagenTotStart")).intValue()).isEqualTo(workingDays);
    assertThat((Boolean) result.getEntry("doorgevenAanIkz")).isEqualTo(ikz);
    assertThat((String) result.getEntry("toelichting")).isNotBlank();
  }

  @Test
  void everyRuleHasItsOwnTestRowAndAnAnnotation() throws Exception {
    CsvSource rows = SignaalTriageDecisionTest.class.getDeclaredMethod("eachRule", String.class, boolean.class,
        boolean.class, boolean.class, String.class, boolean.class, String.class, String.class, int.class,
        boolean.class).getAnnotation(CsvSource.class);
    List<String> named = Arrays.stream(rows.value()).map(row -> row.split(",")[0].strip()).toList();
    List<DmnDecisionTableRuleImpl> rules = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules();

    assertThat(rules).extracting(DmnDecisionTableRuleImpl::getId).containsExactlyElementsOf(named);
    // the annotation column: every rule says in Dutch why it is there
    try (InputStream in = new ClassPathResource(MODEL).getInputStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList ruleElements = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "rule");
      assertThat(ruleElements.getLength()).isEqualTo(rules.size());
      for (int i = 0; i < ruleElements.getLength(); i++) {
        NodeList descriptions = ((Element) ruleElements.item(i)).getElementsByTagNameNS("*", "description");
        assertThat(descriptions.getLength() == 0 ? "" : descriptions.item(0).getTextContent())
            .as("annotation of " + ((Element) ruleElements.item(i)).getAttribute("id")).isNotBlank();
      }
    }
  }

  @Test
  void answersEveryCombinationAndPassesFraudToTheIkzOnlyForLawfulness() {
    for (boolean inScope : new boolean[] {true, false}) {
      for (boolean acute : new boolean[] {true, false}) {
        for (boolean many : new boolean[] {true, false}) {
          for (String subject : SUBJECTS) {
            for (boolean fraud : new boolean[] {true, false}) {
              for (String source : SOURCES) {
                String combination = String.join("/", String.valueOf(inScope), String.valueOf(acute),
                    String.valueOf(many), subject, String.valueOf(fraud), source);
                DmnDecisionResult result = evaluate(inScope, acute, many, subject, fraud, source);
                assertThat(result).as(combination).isNotEmpty();
                DmnDecisionResultEntries first = result.getFirstResult();
                assertThat((Boolean) first.getEntry("doorgevenAanIkz")).as(combination)
                    .isEqualTo(fraud && !subject.equals("kwaliteit"));
                if (inScope && acute) {
                  assertThat((String) first.getEntry("urgentie")).as(combination).isEqualTo("spoed");
                }
                if (inScope && !acute && many) {
                  assertThat((String) first.getEntry("urgentie")).as(combination).isEqualTo("hoog");
                }
              }
            }
          }
        }
      }
    }
  }

  @Test
  void speaksDutchToTheProcessOwner() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(table.getInputs()).extracting(i -> i.getName())
        .containsExactly("Binnen de reikwijdte van het Wmo-toezicht", "Acuut veiligheidsrisico voor cliënten",
            "Veel cliënten geraakt", "Onderwerp van het signaal", "Vermoeden van fraude", "Bron van het signaal");
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName())
        .containsExactly("urgentie", "werkdagenTotStart", "doorgevenAanIkz", "toelichting");
  }
}
