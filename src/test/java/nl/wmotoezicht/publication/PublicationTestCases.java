package nl.wmotoezicht.publication;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

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
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("municipalityCode", "GM0917");
    variables.put("municipalityName", "Heerlen");
    variables.put("providerName", "Zorg Thuis Zuid B.V.");
    variables.put("providerKvkNumber", "12345678");
    variables.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    variables.put("reporterName", REPORTER_NAME);
    variables.put("description", "Melding over " + CLIENT_NAME + ".");
    variables.put("judgementClientgerichtheid", "voldoet");
    variables.put("findingsClientgerichtheid", "Zorgplannen zijn met cliënten besproken.");
    variables.put("judgementProfessionaliteit", "voldoetDeels");
    variables.put("findingsProfessionaliteit", "Niet alle medewerkers zijn geschoold; " + STAFF_NAME + " niet.");
    variables.put("judgementVeiligheid", "voldoetNiet");
    variables.put("findingsVeiligheid", "Bij " + CLIENT_NAME + " is medicatie niet afgetekend.");
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
    message.put("originProcess", ORIGIN);
    return message;
  }

  /** The supervisor's publication version: the findings without names. */
  static Map<String, Object> publicationVersion() {
    Map<String, Object> version = new HashMap<>();
    version.put("publicationTitle", "Toezichtrapport Wmo Zorg Thuis Zuid B.V.");
    version.put("publicationFindingsClientgerichtheid", "Zorgplannen zijn met cliënten besproken.");
    version.put("publicationFindingsProfessionaliteit", "Niet alle medewerkers zijn geschoold.");
    version.put("publicationFindingsVeiligheid", "Bij een cliënt is medicatie niet afgetekend.");
    version.put("publicationConclusion", "De aanbieder voldoet niet aan de eisen van veiligheid.");
    version.put("personalDataRemoved", true);
    return version;
  }
}
