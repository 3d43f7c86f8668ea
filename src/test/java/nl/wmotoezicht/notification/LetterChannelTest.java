package nl.wmotoezicht.notification;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INVESTIGATION_BY;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_INVESTIGATION_DEADLINE;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.enforcement.InterventionPyramid;
import nl.wmotoezicht.enforcement.PyramidFixtures;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Decisions and other letters go by post unless the provider has made known that it can be reached electronically
 * (art. 2:14 lid 1 Awb): the consent is recorded per provider in the register (its API), every letter to the provider
 * follows it (e-mail, or the print queue that staff print and mark posted), the process records the channel, and every
 * letter carries the provider's postal address, the address for a bezwaarschrift and the signatory and mandate of the
 * municipality (configuration {@code wmo.letters}; the demo's).
 */
@ProcessScenario
class LetterChannelTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired CaseDocuments documents;
  private final ObjectMapper json = new ObjectMapper();

  private ApiClient api() {
    return new ApiClient(port);
  }

  private JsonNode call(String method, String path, String user, String body, int expectedStatus) throws Exception {
    HttpResponse<String> response = api().send(method, path, user, body);
    assertThat(response.statusCode()).as(method + " " + path + " as " + user + ": " + response.body())
        .isEqualTo(expectedStatus);
    return response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
  }

  /** A provider new to the register, with a postal address in Heerlen and no consent. */
  private String newProvider() throws Exception {
    String kvk = "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    call("PUT", "/api/providers/" + kvk, "toezichthouder", "{\"name\":\"Zorgbureau " + kvk + "\",\"email\":\"post@"
        + kvk + ".example\",\"locations\":[]}", 201);
    call("PUT", "/api/providers/" + kvk + "/postal-address", "toezichthouder",
        "{\"street\":\"Teststraat 1\",\"postalCode\":\"6411ab\",\"city\":\"Heerlen\"}", 200);
    return kvk;
  }

  /** A calamity of the provider in Heerlen, through intake, with the provider asked to investigate (a letter). */
  private ProcessInstance providerAskedToInvestigate(String kvk) throws Exception {
    Map<String, Object> report = CalamityFixtures.report(UUID.randomUUID().toString());
    report.put(PROVIDER_KVK_NUMBER.name(), kvk);
    report.put(PROVIDER_NAME.name(), "Zorgbureau " + kvk);
    report.put(PROVIDER_EMAIL.name(), "post@" + kvk + ".example");
    ProcessInstance pi = runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage();
    runAsyncJobs(management, pi);
    complete(task(CalamityProcess.Elements.CONTACT_REPORTER, pi),
        withVariables("contactDate", "2026-11-23", "contactNotes", "Melder gesproken."));
    complete(task(CalamityProcess.Elements.CHOOSE_INVESTIGATION, pi), withVariables(INVESTIGATION_BY.name(), "aanbieder",
        PROVIDER_INVESTIGATION_DEADLINE.name(), "2026-12-18", "investigationChoiceMotivation", "VIM-commissie."));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(CalamityProcess.Elements.AWAIT_PROVIDER_REPORT);
    return pi;
  }

  private CaseDocument letter(ProcessInstance pi, String kind) {
    return documents.forCase(pi.getBusinessKey()).stream().filter(d -> d.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("no letter " + kind + " in case " + pi.getBusinessKey()));
  }

  private List<MimeMessage> mailsTo(ProcessInstance pi, String address) throws Exception {
    return TestMailServer.mailsFor(pi.getBusinessKey()).stream().filter(m -> {
      try {
        return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static boolean lists(JsonNode rows, String documentId) {
    return StreamSupport.stream(rows.spliterator(), false).anyMatch(r -> r.get("documentId").asText().equals(documentId));
  }

  @Test
  void withoutConsentTheLetterGoesIntoThePrintQueueAndStaffMarkItPosted() throws Exception {
    String kvk = newProvider();
    ProcessInstance pi = providerAskedToInvestigate(kvk);

    assertThat(pi).variables().containsEntry("letterChannel", "post");
    assertThat(mailsTo(pi, "post@" + kvk + ".example")).as("no mail to the provider").isEmpty();
    CaseDocument letter = letter(pi, "calamiteit-onderzoek-verzoek");
    JsonNode caseDocuments = call("GET", "/api/cases/" + pi.getBusinessKey() + "/documents", "toezichthouder", null,
        200);
    assertThat(StreamSupport.stream(caseDocuments.spliterator(), false)
        .filter(d -> d.get("id").asText().equals(letter.id())).findFirst().orElseThrow().get("channel").asText())
        .isEqualTo("post");

    // the municipality's staff see it, with the address it goes to, and print it
    JsonNode queue = call("GET", "/api/print-queue", "manager-heerlen", null, 200);
    JsonNode row = StreamSupport.stream(queue.spliterator(), false)
        .filter(r -> r.get("documentId").asText().equals(letter.id())).findFirst().orElseThrow();
    assertThat(row.get("caseNumber").asText()).isEqualTo(pi.getBusinessKey());
    assertThat(row.get("addressee").asText()).isEqualTo("Zorgbureau " + kvk);
    assertThat(row.get("postalAddress").toString()).isEqualTo("[\"Teststraat 1\",\"6411 AB  Heerlen\"]");
    assertThat(row.get("municipalityName").asText()).isEqualTo("Heerlen");
    HttpResponse<byte[]> pdf = api().download(row.get("downloadUrl").asText(), "manager-heerlen");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(PdfDocuments.text(pdf.body())).contains("Zorgbureau " + kvk, "t.a.v. de directie", "Teststraat 1",
        "6411 AB Heerlen", "Per post", "uiterlijk op 18 december 2026 (laatste dag)").doesNotContain("Per e-mail");

    // another municipality's staff do not see it; who is no staff may not look
    assertThat(lists(call("GET", "/api/print-queue", "manager-kerkrade", null, 200), letter.id())).isFalse();
    assertThat(api().download("/api/print-queue/" + letter.id() + "/document", "manager-kerkrade").statusCode())
        .isEqualTo(404);
    call("POST", "/api/print-queue/" + letter.id() + "/posted", "manager-kerkrade", null, 404);
    call("GET", "/api/print-queue", "contractmanager-heerlen", null, 403);
    call("GET", "/api/print-queue", null, null, 401);

    JsonNode posted = call("POST", "/api/print-queue/" + letter.id() + "/posted", "manager-heerlen", null, 200);
    assertThat(posted.get("postedBy").asText()).isEqualTo("manager-heerlen");
    assertThat(posted.get("postedAt").isNull()).isFalse();
    call("POST", "/api/print-queue/" + letter.id() + "/posted", "manager-heerlen", null, 409);
    assertThat(lists(call("GET", "/api/print-queue", "manager-heerlen", null, 200), letter.id())).isFalse();
    assertThat(lists(call("GET", "/api/print-queue?alles=true", "manager-heerlen", null, 200), letter.id())).isTrue();
  }

  @Test
  void withConsentTheLetterGoesByMailAndAfterWithdrawalByPost() throws Exception {
    String kvk = newProvider();
    JsonNode consent = call("PUT", "/api/providers/" + kvk + "/electronic-consent", "toezichthouder",
        "{\"given\":true,\"since\":\"2026-11-01\"}", 200);
    assertThat(consent.get("given").asBoolean()).isTrue();
    JsonNode read = call("GET", "/api/providers/" + kvk + "/electronic-consent", "college-heerlen", null, 200);
    assertThat(read.get("since").asText()).isEqualTo("2026-11-01");
    assertThat(read.get("recordedBy").asText()).isEqualTo("toezichthouder");
    JsonNode details = call("GET", "/api/providers/" + kvk, "toezichthouder", null, 200);
    assertThat(details.get("electronicConsent").get("given").asBoolean()).isTrue();
    assertThat(details.get("postalAddress").get("postalCode").asText()).isEqualTo("6411 AB");

    ProcessInstance byMail = providerAskedToInvestigate(kvk);

    assertThat(byMail).variables().containsEntry("letterChannel", "email");
    List<MimeMessage> mails = mailsTo(byMail, "post@" + kvk + ".example");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getHeader("X-Wmo-Kanaal", null)).isEqualTo("email");
    assertThat(PdfDocuments.letterText(byMail.getBusinessKey(), "calamiteit-onderzoek-verzoek")).contains(
        "Teststraat 1", "6411 AB Heerlen", "Per e-mail: post@" + kvk + ".example").doesNotContain("Per post");
    String letterId = letter(byMail, "calamiteit-onderzoek-verzoek").id();
    assertThat(lists(call("GET", "/api/print-queue?alles=true", "manager-heerlen", null, 200), letterId)).isFalse();

    call("PUT", "/api/providers/" + kvk + "/electronic-consent", "toezichthouder", "{\"given\":false}", 200);
    ProcessInstance byPost = providerAskedToInvestigate(kvk);

    assertThat(byPost).variables().containsEntry("letterChannel", "post");
    assertThat(mailsTo(byPost, "post@" + kvk + ".example")).isEmpty();
    assertThat(lists(call("GET", "/api/print-queue", "manager-heerlen", null, 200),
        letter(byPost, "calamiteit-onderzoek-verzoek").id())).isTrue();
  }

  @Test
  void theConsentAndAddressAreSetOnlyByWhoMayEditTheRegisterAndOnlyWhenValid() throws Exception {
    String kvk = newProvider();

    call("PUT", "/api/providers/" + kvk + "/electronic-consent", "college-heerlen", "{\"given\":true,"
        + "\"since\":\"2026-11-01\"}", 403);
    call("PUT", "/api/providers/" + kvk + "/postal-address", "college-heerlen", "{\"street\":\"Straat 1\","
        + "\"postalCode\":\"6411 AB\",\"city\":\"Heerlen\"}", 403);
    JsonNode noDate = call("PUT", "/api/providers/" + kvk + "/electronic-consent", "toezichthouder",
        "{\"given\":true}", 400);
    assertThat(noDate.toString()).contains("since");
    JsonNode future = call("PUT", "/api/providers/" + kvk + "/electronic-consent", "toezichthouder",
        "{\"given\":true,\"since\":\"2026-12-24\"}", 400);
    assertThat(future.toString()).contains("ligt in de toekomst");
    JsonNode badCode = call("PUT", "/api/providers/" + kvk + "/postal-address", "toezichthouder",
        "{\"street\":\"Straat 1\",\"postalCode\":\"0411 A\",\"city\":\"Heerlen\"}", 400);
    assertThat(badCode.toString()).contains("postalCode", "6411 AB");
    call("PUT", "/api/providers/98765432/electronic-consent", "toezichthouder",
        "{\"given\":true,\"since\":\"2026-11-01\"}", 404);

    assertThat(call("GET", "/api/providers/" + kvk + "/electronic-consent", "toezichthouder", null, 200)
        .get("given").asBoolean()).as("nothing half-stored").isFalse();
  }

  @Test
  void aDecisionLetterCarriesTheAddressesAndTheSignatoryWithTheMandate() throws Exception {
    // Stichting Begeleid Wonen Parkstad (demo): subsidised by Kerkrade, no consent, so by post
    ProcessInstance pi = PyramidFixtures.advised(runtime, PyramidFixtures.advice("GM0928",
        "Stichting Begeleid Wonen Parkstad", "23456789", "info@bwparkstad.example", "Subsidievoorwaarden niet nageleefd.",
        "groot", "groot"));
    PyramidFixtures.choose(management, pi, "Cliëntenstop.", Map.of("step5", true));
    complete(task(InterventionPyramid.Elements.SUBSIDY_MEASURE, pi), withVariables("subsidyMeasure", "intrekken",
        "recovery", true, "recoveryAmount", 18000.0, "subsidyMotivation", "Subsidievoorwaarden niet nageleefd."));
    runAsyncJobs(management, pi);

    assertThat(pi).variables().containsEntry("letterChannel", "post");
    CaseDocument decision = letter(pi, "piramide-subsidiebesluit");
    String text = PdfDocuments.text(documents.content(decision.id()));
    assertThat(text).contains("Stichting Begeleid Wonen Parkstad", "Hoofdstraat 5", "6461 CP Kerkrade", "Per post",
        "Bezwaar maken", "Stuur uw bezwaarschrift naar:", "College van burgemeester en wethouders van Kerkrade",
        "Postbus 600", "6460 AP Kerkrade",
        "Namens het college van burgemeester en wethouders van de gemeente Kerkrade,",
        "A. Hermans, coördinator Toezicht Wmo", "Mandaat: Mandaatbesluit Kerkrade 2026 (demo), artikel 5");
    assertThat(lists(call("GET", "/api/print-queue", "manager-kerkrade", null, 200), decision.id())).isTrue();
    assertThat(lists(call("GET", "/api/print-queue", "manager-heerlen", null, 200), decision.id())).isFalse();
  }

  @Test
  void aLetterByMailCarriesTheSameLines() throws Exception {
    // Zorg Thuis Zuid B.V. (demo) consented: the warning goes by mail, with its postal address and the signatory
    ProcessInstance pi = PyramidFixtures.advised(runtime, PyramidFixtures.advice("GM0917", "Zorg Thuis Zuid B.V.",
        "12345678", "kwaliteit@zorgthuiszuid.example", "Transfers zonder tilprotocol.", "gemiddeld", "gemiddeld"));
    PyramidFixtures.choose(management, pi, "Cliëntenstop.", Map.of("step3", true,
        InterventionPyramid.Variables.DEVIATION_MOTIVATION.name(), "Eerst waarschuwen."));
    complete(task(InterventionPyramid.Elements.WRITE_WARNING, pi), withVariables("warningText",
        "Voer het tilprotocol in.", "warningTerm", "P2W"));
    runAsyncJobs(management, pi);

    assertThat(pi).variables().containsEntry("letterChannel", "email");
    assertThat(PdfDocuments.letterText(pi.getBusinessKey(), "piramide-waarschuwing")).contains("Akerstraat 12",
        "6411 HB Heerlen", "Per e-mail: kwaliteit@zorgthuiszuid.example", "uiterlijk op 7 december 2026 (laatste dag)",
        "Namens het college van burgemeester en wethouders van de gemeente Heerlen,",
        "J. Janssen, teamleider Toezicht Wmo", "Mandaat: Mandaatbesluit Wmo Heerlen 2026 (demo), artikel 3");
  }
}
