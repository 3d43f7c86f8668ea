package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.ACUTE_DANGER;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.FRAUD_SUSPECTED;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.MULTIPLE_MUNICIPALITIES;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.ORIGIN_PROCESS;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RECIDIVE;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RECURRENCE_CHANCE;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RELATION;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.SERIOUSNESS;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.SUGGESTED_CATEGORY;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.wmotoezicht.feel.ParsedFeelEngineFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The decision tables of the enforcement ({@code docs/processen/README.md}, Decisions), evaluated with the standalone
 * Camunda DMN engine exactly as packaged ({@code decisions/...} on the class path): one parameterized row per rule of
 * every table (the first column names the rule, and {@link #everyRuleHasItsOwnTestRow} proves none is left out), the
 * completeness of every table over its declared input values, and the things Camunda Modeler and Cockpit need.
 */
class MaatregelcategorieDecisionTest {

  static final String REGION = "decisions/maatregelcategorie.dmn";
  static final String MAASTRICHT = "decisions/tenants/GM0935/maatregelcategorie.dmn";
  static final String INITIATIVE = "decisions/initiatiefGemeente.dmn";
  static final String IMMEDIATE = "decisions/directeMaatregelen.dmn";
  static final String INSTRUMENT = "decisions/handhavingsinstrument.dmn";
  static final List<String> MODELS = List.of(REGION, MAASTRICHT, INITIATIVE, IMMEDIATE, INSTRUMENT);
  /** One row per rule of each table, in the table's order: the rule's id first, then its inputs and outputs. */
  static final String RULE_ROWS = "/decisions/rule-rows/";

  static final List<String> LEVELS = List.of("groot", "gemiddeld", "klein");
  static final Map<Integer, String> CATEGORY_TEXT = Map.of(
      1, "Ontbinding van de overeenkomst / stoppen of terugvorderen subsidie",
      2, "Last onder dwangsom of last onder bestuursdwang",
      3, "Schriftelijke waarschuwing, overleg en overreding");

  /** Decision table events of the last evaluation: the decision itself and the decisions it requires. */
  private static final List<DmnDecisionLogicEvaluationEvent> EVENTS = new ArrayList<>();
  private static DmnEngine engine;
  private static final Map<String, DmnDecisionRequirementsGraph> GRAPHS = new HashMap<>();

  @BeforeAll
  static void parseTheModels() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.feelEngineFactory(new ParsedFeelEngineFactory()); // the process engine's FEEL engine
    configuration.customPostDecisionEvaluationListeners(List.of(event -> {
      EVENTS.add(event.getDecisionResult());
      EVENTS.addAll(event.getRequiredDecisionResults());
    }));
    engine = configuration.buildEngine();
    for (String model : MODELS) {
      try (InputStream in = new ClassPathResource(model).getInputStream()) {
        GRAPHS.put(model, engine.parseDecisionRequirementsGraph(in));
      }
    }
  }

  private static DmnDecisionResult evaluate(String model, String decisionKey, Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) { // a missing value is left out, as a caller would
        variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    DmnDecision decision = GRAPHS.get(model).getDecision(decisionKey);
    assertThat(decision).as(decisionKey + " in " + model).isNotNull();
    EVENTS.clear();
    return engine.evaluateDecision(decision, variables);
  }

  /** The rules of one table that matched in the last evaluation. */
  private static List<String> matchedRules(String decisionKey) {
    return EVENTS.stream()
        .filter(event -> event.getDecision().getKey().equals(decisionKey))
        .flatMap(event -> ((DmnDecisionTableEvaluationEvent) event).getMatchingRules().stream())
        .map(DmnEvaluatedDecisionRule::getId)
        .toList();
  }

  private static DmnDecisionResult matrix(String model, String ernst, String kans, Boolean recidive) {
    return evaluate(model, "maatregelcategorie", SERIOUSNESS.name(), ernst, RECURRENCE_CHANCE.name(), kans,
        RECIDIVE.name(), recidive);
  }

  // ------------------------------------------------------------------------------------------ the matrix (figure 3)

  /** The region's matrix is figure 3; Maastricht's own table is stricter in one cell. */
  @ParameterizedTest(name = "{0} ({1}): ernst {2} × kans {3} → categorie {4}")
  @CsvFileSource(resources = {"/decisions/rule-rows/regionMatrixIsFigure3.csv",
      "/decisions/rule-rows/maastrichtMatrixIsStricterInOneCell.csv"}, numLinesToSkip = 1)
  void matrix(String rule, String table, String ernst, String kans, int categorie) {
    DmnDecisionResultEntries result = matrix(table.equals("maastricht") ? MAASTRICHT : REGION, ernst, kans, false)
        .getSingleResult();

    assertThat(matchedRules("maatregelcategorie")).containsExactly(rule);
    assertThat((Integer) result.getEntry("categorie")).isEqualTo(categorie);
    assertThat((String) result.getEntry("categorieOmschrijving")).isEqualTo(CATEGORY_TEXT.get(categorie));
  }

  @ParameterizedTest
  @ValueSource(strings = {REGION, MAASTRICHT})
  void everyCellOfTheMatrixHasExactlyOneRule(String model) {
    for (String ernst : LEVELS) {
      for (String kans : LEVELS) {
        DmnDecisionResult result = matrix(model, ernst, kans, false);

        assertThat(result).as(ernst + " × " + kans).hasSize(1);
        assertThat(matchedRules("maatregelcategorie")).as(ernst + " × " + kans).hasSize(1);
      }
    }
    assertThat(((DmnDecisionTableImpl) GRAPHS.get(model).getDecision("maatregelcategorie").getDecisionLogic())
        .getRules()).hasSize(9);
  }

  @Test
  void maastrichtDiffersFromTheRegionOnlyInGemiddeldTimesGemiddeld() {
    List<String> differences = new ArrayList<>();
    for (String ernst : LEVELS) {
      for (String kans : LEVELS) {
        Object region = matrix(REGION, ernst, kans, false).getSingleResult().getEntry("categorie");
        Object maastricht = matrix(MAASTRICHT, ernst, kans, false).getSingleResult().getEntry("categorie");
        if (!region.equals(maastricht)) {
          differences.add(ernst + " × " + kans + ": " + region + " → " + maastricht);
        }
      }
    }
    assertThat(differences).containsExactly("gemiddeld × gemiddeld: 2 → 1");
  }

  @Test
  void recidiveRaisesTheSuggestionForAProviderWithAnEarlierViolation() {
    assertThat((Integer) matrix(REGION, "gemiddeld", "gemiddeld", false).getSingleResult().getEntry("categorie"))
        .isEqualTo(2);
    assertThat((Integer) matrix(REGION, "gemiddeld", "gemiddeld", true).getSingleResult().getEntry("categorie"))
        .isEqualTo(1);
    assertThat((Integer) matrix(REGION, "klein", "klein", true).getSingleResult().getEntry("categorie"))
        .isEqualTo(3); // klein → gemiddeld: klein × gemiddeld is still categorie 3
    assertThat((Integer) matrix(REGION, "groot", "klein", true).getSingleResult().getEntry("categorie"))
        .isEqualTo(1);
  }

  @Test
  void derivesBothAxesFromTheWeighingFactorsWhenTheSupervisorGaveNoJudgement() {
    DmnDecisionResultEntries result = evaluate(REGION, "maatregelcategorie",
        "ernstRisico", "zeer ernstig", "omvangGroep", "gemiddeld",
        "structuurOrganisatie", "matig", "houdingAanbieder", "niet-kunnen", RECIDIVE.name(), false).getSingleResult();

    assertThat((Integer) result.getEntry("categorie")).isEqualTo(1); // groot × gemiddeld
    assertThat(matchedRules("ernstSituatie")).containsExactly("Rule_ernstSituatie_05");
    assertThat(matchedRules("kansOpHerhalingBasis")).containsExactly("Rule_kansOpHerhalingBasis_08");
    assertThat(matchedRules("maatregelcategorie")).containsExactly("Rule_maatregelcategorie_02");
  }

  @Test
  void givesNoCategoryWithoutJudgementOrFactors() {
    assertThat(evaluate(REGION, "maatregelcategorie", RECIDIVE.name(), true)).isEmpty();
    assertThat(evaluate(REGION, "maatregelcategorie", SERIOUSNESS.name(), "groot", "ernstRisico", "ernstig")).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ ernst van de situatie

  /** The inputs of each derivation table: the supervisor's judgement and the two weighing factors. */
  static final Map<String, List<String>> DERIVATION_INPUTS = Map.of(
      "ernstSituatie", List.of(SERIOUSNESS.name(), "ernstRisico", "omvangGroep"),
      "kansOpHerhalingBasis", List.of(RECURRENCE_CHANCE.name(), "structuurOrganisatie", "houdingAanbieder"));

  /** Ernst van de situatie and kans op herhaling: the judgement when given, else derived from two factors. */
  @ParameterizedTest(name = "{0}: oordeel {1}, factoren {2} en {3} → {4}")
  @CsvFileSource(resources = {"/decisions/rule-rows/ernstSituatie.csv", "/decisions/rule-rows/kansOpHerhalingBasis.csv"},
      numLinesToSkip = 1, nullValues = "null")
  void derivedAxis(String rule, String opgegeven, String factor, String otherFactor, String expected) {
    String table = rule.substring("Rule_".length(), rule.lastIndexOf('_'));
    List<String> inputs = DERIVATION_INPUTS.get(table);
    DmnDecisionResult result = evaluate(REGION, table,
        inputs.get(0), opgegeven, inputs.get(1), factor, inputs.get(2), otherFactor);

    assertThat(matchedRules(table)).containsExactly(rule);
    assertThat((String) result.getSingleEntry()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {REGION, MAASTRICHT})
  void ernstSituatieHasAnAnswerForEveryCombinationAndTheJudgementWins(String model) {
    for (String opgegeven : withMissing(LEVELS)) {
      for (String risico : List.of("zeer ernstig", "ernstig", "niet zo ernstig")) {
        for (String groep : LEVELS) {
          DmnDecisionResult result = evaluate(model, "ernstSituatie",
              SERIOUSNESS.name(), opgegeven, "ernstRisico", risico, "omvangGroep", groep);

          assertThat(result).as(opgegeven + "/" + risico + "/" + groep).hasSize(1);
          if (opgegeven != null) {
            assertThat((String) result.getSingleEntry()).isEqualTo(opgegeven);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ kans op herhaling

  @ParameterizedTest(name = "{0}: zonder recidive {1}, recidive {2} → {3}")
  @CsvFileSource(resources = "/decisions/rule-rows/kansOpHerhaling.csv", numLinesToSkip = 1, nullValues = "null")
  void kansOpHerhaling(String rule, String basis, Boolean recidive, String expected) {
    DmnDecisionResult result = evaluate(REGION, "kansOpHerhaling", RECURRENCE_CHANCE.name(), basis, RECIDIVE.name(), recidive);

    assertThat(matchedRules("kansOpHerhalingBasis")).containsExactly("Rule_kansOpHerhalingBasis_0"
        + (LEVELS.indexOf(basis) + 1));
    assertThat(matchedRules("kansOpHerhaling")).containsExactly(rule);
    assertThat((String) result.getSingleEntry()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {REGION, MAASTRICHT})
  void kansOpHerhalingHasAnAnswerForEveryCombinationAndRecidiveRaisesItOneStep(String model) {
    for (String opgegeven : withMissing(LEVELS)) {
      for (String structuur : List.of("slecht", "matig", "goed")) {
        for (String houding : List.of("niet-weten", "niet-kunnen", "niet-willen")) {
          for (Boolean recidive : Arrays.asList(true, false, null)) {
            String without = (String) evaluate(model, "kansOpHerhalingBasis", RECURRENCE_CHANCE.name(), opgegeven,
                "structuurOrganisatie", structuur, "houdingAanbieder", houding).getSingleEntry();
            DmnDecisionResult result = evaluate(model, "kansOpHerhaling", RECURRENCE_CHANCE.name(), opgegeven,
                "structuurOrganisatie", structuur, "houdingAanbieder", houding, RECIDIVE.name(), recidive);

            assertThat(result).hasSize(1);
            String expected = Boolean.TRUE.equals(recidive) ? LEVELS.get(Math.max(0, LEVELS.indexOf(without) - 1))
                : without;
            assertThat((String) result.getSingleEntry()).as(opgegeven + "/" + structuur + "/" + houding + "/"
                + recidive).isEqualTo(expected);
            if (opgegeven != null) {
              assertThat(without).isEqualTo(opgegeven);
            }
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ initiatief

  @ParameterizedTest(name = "{0}: {1}, {2} → {5}")
  @CsvFileSource(resources = "/decisions/rule-rows/initiatiefGemeente.csv", numLinesToSkip = 1, nullValues = "null")
  void initiatiefGemeente(String rule, String originProcess, String relation, String municipality,
      String mostIndications, String expected, String grond) {
    DmnDecisionResultEntries result = evaluate(INITIATIVE, "initiatiefGemeente", ORIGIN_PROCESS.name(), originProcess,
        RELATION.name(), relation, MUNICIPALITY_CODE.name(), municipality, "municipalityWithMostIndications", mostIndications)
        .getSingleResult();

    assertThat(matchedRules("initiatiefGemeente")).containsExactly(rule);
    assertThat((String) result.getEntry("initiatiefGemeente")).isEqualTo(expected);
    assertThat((String) result.getEntry("grond")).contains(grond);
  }

  @Test
  void initiatiefGemeenteHasAnAnswerForEveryCombination() {
    for (String originProcess : Arrays.asList("calamiteit", "signaalonderzoek", null)) {
      for (String relation : Arrays.asList("subsidie", "contract", null)) {
        for (String municipality : withMissing(List.of("GM0917"))) {
          for (String meeste : withMissing(List.of("GM0928"))) {
            DmnDecisionResult result = evaluate(INITIATIVE, "initiatiefGemeente", ORIGIN_PROCESS.name(), originProcess,
                RELATION.name(), relation, MUNICIPALITY_CODE.name(), municipality, "municipalityWithMostIndications", meeste);
            assertThat(result).hasSize(1);
            String code = (String) result.getSingleResult().getEntry("initiatiefGemeente");
            String expected = "calamiteit".equals(originProcess) && municipality != null ? municipality
                : "subsidie".equals(relation) && municipality != null ? municipality : meeste;
            assertThat(code).as(originProcess + "/" + relation + "/" + municipality + "/" + meeste)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ directe maatregelen

  @ParameterizedTest(name = "{0}: acuut {1}, ernst {2}, fraude {3}, {4}, meer gemeenten {5} → {6}")
  @CsvFileSource(resources = "/decisions/rule-rows/directeMaatregelen.csv", numLinesToSkip = 1, nullValues = "null")
  void directeMaatregelen(String rule, Boolean acuut, String ernst, Boolean fraude, String relatie,
      Boolean meerGemeenten, String maatregel) {
    DmnDecisionResult result = evaluate(IMMEDIATE, "directeMaatregelen", ACUTE_DANGER.name(), acuut,
        SERIOUSNESS.name(), ernst, FRAUD_SUSPECTED.name(), fraude, RELATION.name(), relatie, MULTIPLE_MUNICIPALITIES.name(),
        meerGemeenten);

    assertThat(matchedRules("directeMaatregelen")).contains(rule);
    assertThat(result.collectEntries("maatregel")).contains(maatregel);
    assertThat(result.collectEntries("toelichting")).allSatisfy(text -> assertThat((String) text).isNotBlank());
  }

  @Test
  void directeMaatregelenFollowTheSeriousnessOfTheFindings() {
    assertThat(evaluate(IMMEDIATE, "directeMaatregelen", ACUTE_DANGER.name(), true, SERIOUSNESS.name(), "groot",
        FRAUD_SUSPECTED.name(), false, RELATION.name(), "contract", MULTIPLE_MUNICIPALITIES.name(), true)
        .collectEntries("maatregel"))
        .containsExactly("clientenstop", "clienten verhuizen", "opschorten betalingen", "communicatie regio en media");
    assertThat(evaluate(IMMEDIATE, "directeMaatregelen", ACUTE_DANGER.name(), false, SERIOUSNESS.name(), "groot",
        FRAUD_SUSPECTED.name(), false, RELATION.name(), "subsidie", MULTIPLE_MUNICIPALITIES.name(), false)
        .collectEntries("maatregel"))
        .containsExactly("clientenstop", "opschorten betalingen");
    assertThat(evaluate(IMMEDIATE, "directeMaatregelen", ACUTE_DANGER.name(), false, SERIOUSNESS.name(), "gemiddeld",
        FRAUD_SUSPECTED.name(), false, RELATION.name(), "contract", MULTIPLE_MUNICIPALITIES.name(), true)).isEmpty();
  }

  @Test
  void directeMaatregelenNameEachMeasureAtMostOnce() {
    List<Boolean> flags = Arrays.asList(true, false, null);
    for (Boolean acuut : flags) {
      for (String ernst : withMissing(LEVELS)) {
        for (Boolean fraude : flags) {
          for (String relatie : withMissing(List.of("subsidie", "contract"))) {
            for (Boolean meer : flags) {
              List<Object> measures = evaluate(IMMEDIATE, "directeMaatregelen", ACUTE_DANGER.name(), acuut,
                  SERIOUSNESS.name(), ernst, FRAUD_SUSPECTED.name(), fraude, RELATION.name(), relatie,
                  MULTIPLE_MUNICIPALITIES.name(), meer).collectEntries("maatregel");
              assertThat(measures).as(acuut + "/" + ernst + "/" + fraude + "/" + relatie + "/" + meer)
                  .doesNotHaveDuplicates();
              if (Boolean.TRUE.equals(acuut)) {
                assertThat(measures).contains("clientenstop", "clienten verhuizen", "communicatie regio en media");
              }
            }
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ instrument

  @ParameterizedTest(name = "{0}: categorie {1}, {2}, spoed {3} → {4}")
  @CsvFileSource(resources = "/decisions/rule-rows/handhavingsinstrument.csv", numLinesToSkip = 1, nullValues = "null")
  void handhavingsinstrument(String rule, int categorie, String relatie, Boolean spoedeisend, String instrument,
      String route, int trede) {
    DmnDecisionResultEntries result = evaluate(INSTRUMENT, "handhavingsinstrument", SUGGESTED_CATEGORY.name(), categorie,
        RELATION.name(), relatie, ACUTE_DANGER.name(), spoedeisend).getSingleResult();

    assertThat(matchedRules("handhavingsinstrument")).containsExactly(rule);
    assertThat((String) result.getEntry("instrument")).isEqualTo(instrument);
    assertThat((String) result.getEntry("route")).isEqualTo(route);
    assertThat((Integer) result.getEntry("trede")).isEqualTo(trede);
  }

  @Test
  void anUnknownRelationCountsAsAContractAsTheJavaDidBeforeTheTablesWereCalledFromTheModel() {
    assertThat((String) evaluate(INSTRUMENT, "handhavingsinstrument", SUGGESTED_CATEGORY.name(), 1, RELATION.name(), null,
        ACUTE_DANGER.name(), true).getSingleResult().getEntry("instrument")).isEqualTo("ontbinding overeenkomst");
    assertThat(evaluate(IMMEDIATE, "directeMaatregelen", ACUTE_DANGER.name(), true, SERIOUSNESS.name(), "groot",
        FRAUD_SUSPECTED.name(), false, RELATION.name(), null, MULTIPLE_MUNICIPALITIES.name(), true).collectEntries("maatregel"))
        .containsExactly("clientenstop", "clienten verhuizen", "opschorten betalingen", "communicatie regio en media");
  }

  @Test
  void handhavingsinstrumentHasExactlyOneRuleForEveryCombinationAndNeverAnAdministrativeFine() {
    for (int categorie = 1; categorie <= 3; categorie++) {
      for (String relatie : List.of("contract", "subsidie")) {
        for (Boolean spoedeisend : Arrays.asList(true, false, null)) {
          DmnDecisionResult result = evaluate(INSTRUMENT, "handhavingsinstrument", SUGGESTED_CATEGORY.name(), categorie,
              RELATION.name(), relatie, ACUTE_DANGER.name(), spoedeisend);
          String combination = categorie + "/" + relatie + "/" + spoedeisend;

          assertThat(result).as(combination).hasSize(1);
          assertThat(matchedRules("handhavingsinstrument")).as(combination).hasSize(1);
          String instrument = (String) result.getSingleResult().getEntry("instrument");
          assertThat(instrument).doesNotContainIgnoringCase("boete");
          if (relatie.equals("subsidie")) {
            assertThat((String) result.getSingleResult().getEntry("route")).isEqualTo("bestuursrechtelijk");
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ the models themselves

  /**
   * Each rule of each table is named by exactly one row of its rule-row file ({@code decisions/rule-rows/}, first
   * column), and every rule-row file is the source of a parameterized test of this class.
   */
  @Test
  void everyRuleHasItsOwnTestRow() throws Exception {
    Map<String, String> rowsOfTable = new LinkedHashMap<>();
    rowsOfTable.put(REGION + "#maatregelcategorie", RULE_ROWS + "regionMatrixIsFigure3.csv");
    rowsOfTable.put(MAASTRICHT + "#maatregelcategorie", RULE_ROWS + "maastrichtMatrixIsStricterInOneCell.csv");
    rowsOfTable.put(REGION + "#ernstSituatie", RULE_ROWS + "ernstSituatie.csv");
    rowsOfTable.put(REGION + "#kansOpHerhalingBasis", RULE_ROWS + "kansOpHerhalingBasis.csv");
    rowsOfTable.put(REGION + "#kansOpHerhaling", RULE_ROWS + "kansOpHerhaling.csv");
    rowsOfTable.put(INITIATIVE + "#initiatiefGemeente", RULE_ROWS + "initiatiefGemeente.csv");
    rowsOfTable.put(IMMEDIATE + "#directeMaatregelen", RULE_ROWS + "directeMaatregelen.csv");
    rowsOfTable.put(INSTRUMENT + "#handhavingsinstrument", RULE_ROWS + "handhavingsinstrument.csv");

    Set<String> tables = new HashSet<>();
    for (String model : MODELS) {
      for (Element decision : elements(read(model), "decision")) {
        tables.add(model + "#" + decision.getAttribute("id"));
      }
    }
    // the Maastricht derivation tables are the region's, compared rule by rule below
    tables.removeIf(table -> table.startsWith(MAASTRICHT) && !table.endsWith("#maatregelcategorie"));
    assertThat(rowsOfTable.keySet()).containsExactlyInAnyOrderElementsOf(tables);

    for (Map.Entry<String, String> entry : rowsOfTable.entrySet()) {
      String model = entry.getKey().substring(0, entry.getKey().indexOf('#'));
      String decisionId = entry.getKey().substring(entry.getKey().indexOf('#') + 1);
      List<String> rows = ruleRows(entry.getValue()).stream().map(row -> row.substring(0, row.indexOf(',')).strip())
          .toList();
      assertThat(rows).as(entry.getKey()).containsExactlyElementsOf(ruleIds(read(model), decisionId));
    }
    List<String> tested = Arrays.stream(getClass().getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(CsvFileSource.class))
        .flatMap(method -> Arrays.stream(method.getAnnotation(CsvFileSource.class).resources())).toList();
    assertThat(tested).containsExactlyInAnyOrderElementsOf(rowsOfTable.values());
  }

  @Test
  void maastrichtKeepsTheRegionsDerivationOfBothAxes() throws Exception {
    for (String decisionId : List.of("ernstSituatie", "kansOpHerhalingBasis", "kansOpHerhaling")) {
      Element region = decision(read(REGION), decisionId);
      Element maastricht = decision(read(MAASTRICHT), decisionId);
      assertThat(maastricht.getElementsByTagNameNS("*", "decisionTable").item(0).getTextContent())
          .as(decisionId).isEqualTo(region.getElementsByTagNameNS("*", "decisionTable").item(0).getTextContent());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {REGION, MAASTRICHT, INITIATIVE, IMMEDIATE, INSTRUMENT})
  void opensInCamundaModelerWithADiagramAndKeepsHistoryTenYears(String model) throws Exception {
    Document dmn = read(model);
    assertThat(dmn.getDocumentElement().getNamespaceURI()).isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
    Set<String> shapes = elements(dmn, "DMNShape").stream().map(e -> e.getAttribute("dmnElementRef"))
        .collect(Collectors.toSet());
    Set<String> edges = elements(dmn, "DMNEdge").stream().map(e -> e.getAttribute("dmnElementRef"))
        .collect(Collectors.toSet());

    List<Element> decisions = elements(dmn, "decision");
    assertThat(decisions).isNotEmpty();
    for (Element decision : decisions) {
      assertThat(decision.getAttributeNS("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
          .as(decision.getAttribute("id")).isEqualTo("3650");
      assertThat(decision.getAttribute("name")).isNotBlank();
      assertThat(shapes).contains(decision.getAttribute("id"));
    }
    for (String element : List.of("inputData", "textAnnotation")) {
      for (Element e : elements(dmn, element)) {
        assertThat(shapes).as(element).contains(e.getAttribute("id"));
      }
    }
    for (String element : List.of("informationRequirement", "association")) {
      for (Element e : elements(dmn, element)) {
        assertThat(edges).as(element).contains(e.getAttribute("id"));
      }
    }
    for (Element rule : elements(dmn, "rule")) {
      assertThat(rule.getElementsByTagNameNS("*", "description").item(0).getTextContent())
          .as("annotation of " + rule.getAttribute("id")).isNotBlank();
    }
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** The rows of a rule-row file without its header. */
  private static List<String> ruleRows(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(1, lines.size());
    }
  }

  private static List<String> withMissing(List<String> values) {
    List<String> all = new ArrayList<>(values);
    all.add(null);
    return all;
  }

  private static Document read(String model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = new ClassPathResource(model).getInputStream()) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> elements(Document dmn, String localName) {
    NodeList nodes = dmn.getElementsByTagNameNS("*", localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Element decision(Document dmn, String id) {
    return elements(dmn, "decision").stream().filter(e -> e.getAttribute("id").equals(id)).findFirst().orElseThrow();
  }

  private static List<String> ruleIds(Document dmn, String decisionId) {
    NodeList rules = decision(dmn, decisionId).getElementsByTagNameNS("*", "rule");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rules.getLength(); i++) {
      ids.add(((Element) rules.item(i)).getAttribute("id"));
    }
    return ids;
  }
}
