package nl.wmotoezicht.notification;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that is down: the mail step is retried on the model's cycle ({@code R5/PT10M} on
 * every mail step), then becomes an incident that Cockpit shows; once the server is back, a retry
 * (Cockpit's "Retry", i.e. {@code setJobRetries}) sends the mail exactly once and the case goes on.
 */
@WmoIntegrationTest
class MailServerFailureTest {

  private static final Duration RETRY_INTERVAL = Duration.ofMinutes(10);
  private static final int ATTEMPTS = 5;

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JavaMailSenderImpl mailSender;
  @LocalServerPort int port;

  private int workingPort;

  @AfterEach
  void restore() {
    if (workingPort != 0) {
      mailSender.setPort(workingPort);
    }
    ClockUtil.reset();
  }

  @Test
  void retriesOnTheConfiguredCycleThenRaisesAnIncidentAndARetrySendsTheMailOnce() throws Exception {
    TestMailServer.get();
    setClock("2026-11-23T10:00");
    ProcessInstance pi = runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED)
        .setVariables(CalamityFixtures.report(UUID.randomUUID().toString())).correlateStartMessage();
    String caseNumber = pi.getBusinessKey();
    Job mailJob = management.createJobQuery().processInstanceId(pi.getId())
        .activityId(CalamityProcess.Elements.INFORM_MUNICIPALITY).singleResult();

    workingPort = mailSender.getPort();
    mailSender.setPort(closedPort());
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      assertThatThrownBy(() -> management.executeJob(mailJob.getId())).as("attempt %d", attempt)
          .hasStackTraceContaining("Connection refused");
      Job failed = management.createJobQuery().jobId(mailJob.getId()).singleResult();
      assertThat(failed.getRetries()).as("retries left after attempt %d", attempt).isEqualTo(ATTEMPTS - attempt);
      assertThat(failed.getExceptionMessage()).isNotBlank();
      if (attempt < ATTEMPTS) {
        assertThat(failed.getDuedate()).as("next attempt after the cycle's interval")
            .isEqualTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + RETRY_INTERVAL.toMillis()));
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        ClockUtil.setCurrentTime(failed.getDuedate());
      }
    }
    assertThat(TestMailServer.mailsFor(caseNumber)).isEmpty();

    Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(CalamityProcess.Elements.INFORM_MUNICIPALITY);
    assertThat(incident.getConfiguration()).isEqualTo(mailJob.getId());
    // what Cockpit shows: the incident over REST, to a manager of the case's municipality
    JsonNode shown = new ObjectMapper().readTree(new ApiClient(port)
        .send("GET", "/engine-rest/incident?processInstanceId=" + pi.getId(), "manager-heerlen", null).body());
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).get("activityId").asText()).isEqualTo(CalamityProcess.Elements.INFORM_MUNICIPALITY);

    mailSender.setPort(workingPort);
    management.setJobRetries(mailJob.getId(), 1);
    management.executeJob(mailJob.getId());
    runAsyncJobs(management, pi);

    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(TestMailServer.mailsFor(caseNumber)).extracting(TestMailServer::templateOf)
        .containsExactly("calamiteit-melding-gemeente");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
