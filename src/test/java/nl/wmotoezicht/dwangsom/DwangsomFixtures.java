package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_KIND;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_MAXIMUM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_DESCRIPTION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SANCTION_TYPE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SKIP_HEARING;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SKIP_HEARING_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.TIME_UNIT;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.cases.RegisterCaseDelegate;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.TestProvider;

/**
 * The last onder dwangsom's test data, for every test that needs a dwangsom case ({@code lastOnderDwangsom}): the
 * start message's variables and the terms of the voornemen, built from the typed variables.
 */
public final class DwangsomFixtures {

  /** The start variable of the legal basis (set by the requesting process; the model reads it by this name). */
  public static final String LEGAL_BASIS = "legalBasis";
  /** The form field of the remedy measures in the voornemen ({@code forms/}). */
  public static final String REMEDY_MEASURES = "remedyMeasures";

  private DwangsomFixtures() {
  }

  /**
   * The variables of {@link DwangsomProcess.Messages#REQUESTED} for a provider of Heerlen that lets staff work
   * without a VOG.
   */
  public static Map<String, Object> request() {
    Map<String, Object> request = new HashMap<>();
    CaseVariables.MUNICIPALITY_CODE.put(request, "GM0917");
    TestProvider.ZORG_THUIS_ZUID.into(request);
    RegisterCaseDelegate.VIOLATION.put(request, "Geen VOG voor medewerkers die cliënten begeleiden.");
    return request;
  }

  /** {@link #request()} with the legal basis the intervention pyramid passes on. */
  public static Map<String, Object> requestWithLegalBasis() {
    Map<String, Object> request = request();
    request.put(LEGAL_BASIS, "art. 3.1 Wmo 2015");
    return request;
  }

  /**
   * The terms of the voornemen ({@code Task_PrepareVoornemen}): a dwangsom of the kind with amount and maximum,
   * P4W to comply, P1W as the time unit.
   */
  public static Map<String, Object> terms(String kind, Object amount, Object maximum) {
    Map<String, Object> terms = new HashMap<>();
    SANCTION_TYPE.put(terms, "dwangsom");
    LAST_DESCRIPTION.put(terms, "Zorg dat elke begeleider een geldige VOG heeft.");
    terms.put(REMEDY_MEASURES, "VOG aanvragen en overleggen.");
    COMPLIANCE_TERM.put(terms, "P4W");
    DWANGSOM_KIND.put(terms, kind);
    DWANGSOM_AMOUNT.put(terms, amount);
    DWANGSOM_MAXIMUM.put(terms, maximum);
    TIME_UNIT.put(terms, "P1W");
    return terms;
  }

  /** {@link #terms} without a zienswijze first (art. 4:11 Awb), with the motivation. */
  public static Map<String, Object> termsWithoutHearing(String kind, Object amount, Object maximum) {
    Map<String, Object> terms = terms(kind, amount, maximum);
    SKIP_HEARING.put(terms, true);
    SKIP_HEARING_MOTIVATION.put(terms, "Medewerking is dringend nodig.");
    return terms;
  }
}
