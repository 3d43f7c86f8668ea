package nl.wmotoezicht.publication;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.DESCRIPTION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_CLIENT_CENTRED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_PROFESSIONALISM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_CLIENT_CENTRED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_PROFESSIONALISM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.ORIGIN_PROCESS;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.PERSONAL_DATA_REMOVED;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.TITLE;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.TestProvider;

/**
 * An investigation that ended in a final report (a small test model, {@code testmodels/investigation.bpmn},
 * in Heerlen's tenant), and the message it sends to start the publication.
 */
final class PublicationTestCases {

  static final String ORIGIN = "testInvestigation";
  /** Personal data in the investigation that must never reach the public. */
  static final String CLIENT_NAME = "mevrouw J. de Vries-Hendriks";
  static final String STAFF_NAME = "verzorgende P. Janssen";
  static final String REPORTER_NAME = "K. Melder-Smeets";

  private static String deployment;

  private PublicationTestCases() {
  }

  static synchronized void deploy(RepositoryService repository) {
    if (deployment == null) {
      deployment = repository.createDeployment().name("test-investigation").tenantId("GM0917")
          .addClasspathResource("testmodels/investigation.bpmn").deploy().getId();
    }
  }

  static synchronized void undeploy(RepositoryService repository) {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
      deployment = null;
    }
  }

  /** An investigation of Zorg Thuis Zuid in Heerlen, with its final report generated. */
  static ProcessInstance investigation(RuntimeService runtime) {
    String caseNumber = "SIG-2026-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = TestProvider.ZORG_THUIS_ZUID.caseInHeerlen(caseNumber);
    variables.put(CalamityProcess.Variables.REPORTER_NAME.name(), REPORTER_NAME);
    variables.put(DESCRIPTION.name(), "Melding over " + CLIENT_NAME + ".");
    variables.put(THEME_CLIENT_CENTRED.name(), "voldoet");
    variables.put(FINDINGS_CLIENT_CENTRED.name(), "Zorgplannen zijn met cliënten besproken.");
    variables.put(THEME_PROFESSIONALISM.name(), "voldoetDeels");
    variables.put(FINDINGS_PROFESSIONALISM.name(), "Niet alle medewerkers zijn geschoold; " + STAFF_NAME + " niet.");
    variables.put(THEME_SAFETY.name(), "voldoetNiet");
    variables.put(FINDINGS_SAFETY.name(), "Bij " + CLIENT_NAME + " is medicatie niet afgetekend.");
    variables.put("conclusion", "De aanbieder voldoet niet aan de eisen van veiligheid.");
    return runtime.startProcessInstanceByKey(ORIGIN, caseNumber, variables);
  }

  /** The message PublicatieVoorbereiden as the investigation sends it. */
  static Map<String, Object> prepareMessage(RuntimeService runtime, ProcessInstance investigation) {
    Map<String, Object> message = new HashMap<>();
    for (String name : new String[] {"caseNumber", "municipalityCode", "municipalityName", "providerName",
        "providerKvkNumber", "providerEmail", "finalReportDocumentId"}) {
      message.put(name, runtime.getVariable(investigation.getId(), name));
    }
    message.put(ORIGIN_PROCESS.name(), ORIGIN);
    return message;
  }

  /** The supervisor's publication version: the findings without names. */
  static Map<String, Object> publicationVersion() {
    Map<String, Object> version = new HashMap<>();
    version.put(TITLE.name(), "Toezichtrapport Wmo Zorg Thuis Zuid B.V.");
    version.put("publicationFindingsClientgerichtheid", "Zorgplannen zijn met cliënten besproken.");
    version.put("publicationFindingsProfessionaliteit", "Niet alle medewerkers zijn geschoold.");
    version.put("publicationFindingsVeiligheid", "Bij een cliënt is medicatie niet afgetekend.");
    version.put("publicationConclusion", "De aanbieder voldoet niet aan de eisen van veiligheid.");
    version.put(PERSONAL_DATA_REMOVED.name(), true);
    return version;
  }
}
