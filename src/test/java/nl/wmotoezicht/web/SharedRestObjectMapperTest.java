package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.wmotoezicht.platform.SharedRestObjectMapper;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's REST applications read and write JSON with the one shared mapper ({@link SharedRestObjectMapper}) instead of
 * a mapper built for every body, and the JSON is still Camunda's: its date format, unknown properties ignored.
 */
@WmoIntegrationTest
class SharedRestObjectMapperTest {

  /** Camunda's REST date format ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}). */
  private static final String CAMUNDA_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theEngineRestApiAsksTheSharedMapperAndKeepsCamundasJson() throws Exception {
    Task task = taskService.newTask();
    task.setName("Mapper");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "toezichthouders");
    try {
      long before = SharedRestObjectMapper.lookups();
      // a body with a property Camunda does not know: ignored, as Camunda's own mapper does
      HttpResponse<String> listed = new ApiClient(port).send("POST", "/engine-rest/task", "toezichthouder",
          "{\"taskId\":\"" + task.getId() + "\",\"nietBestaand\":1}");

      assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
      assertThat(SharedRestObjectMapper.lookups()).as("lookups of the shared mapper").isGreaterThan(before);
      JsonNode tasks = json.readTree(listed.body());
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).get("created").asText()).matches(CAMUNDA_DATE);
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  void theWebappsEngineApiAsksTheSharedMapper() throws Exception {
    WebappSession tasklist = WebappSession.login(port, "tasklist", "toezichthouder");
    long before = SharedRestObjectMapper.lookups();

    HttpResponse<String> filters = tasklist.engine("GET", "/filter?resourceType=Task", null);

    assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
    assertThat(json.readTree(filters.body())).isNotEmpty();
    assertThat(SharedRestObjectMapper.lookups()).as("lookups of the shared mapper").isGreaterThan(before);
  }
}
