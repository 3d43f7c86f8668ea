package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.wmotoezicht.platform.SharedRestObjectMapper;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.runtime.VariableInstanceDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Camunda's REST applications read and write JSON with one shared mapper ({@link SharedRestObjectMapper}) instead of
 * a mapper built for every body, and the JSON is still Camunda's: its date format, unknown properties ignored.
 *
 * <p>Observed where Camunda's JSON provider gets its mapper: for every body it asks the application's
 * {@code Providers} for the {@code ContextResolver<ObjectMapper>} of the media type and takes that resolver's mapper.
 * Here every Jersey application of the server (the starter's {@code /engine-rest}, the webapps' engine, admin, cockpit
 * and tasklist APIs) is asked the same way for two bodies of different types: all answers must be one mapper. Camunda's
 * own resolver ({@code JacksonConfigurator}) builds a new one on each lookup.
 */
@WmoIntegrationTest
class SharedRestObjectMapperTest {

  /** Camunda's REST date format ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}). */
  private static final String CAMUNDA_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired ServletWebServerApplicationContext context;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyRestApplicationGivesItsJsonProviderOneMapperForEveryBody() throws Exception {
    Map<String, Providers> applications = jerseyApplications();
    assertThat(applications.keySet()).as("Jersey applications of the server")
        .contains("Engine Api", "Cockpit Api", "Admin Api", "Tasklist Api")
        .anyMatch(name -> !name.endsWith(" Api")); // the starter's /engine-rest

    Set<ObjectMapper> mappers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<String, Providers> application : applications.entrySet()) {
      for (MediaType type : List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("application/hal+json"))) {
        mappers.add(mapperFor(application.getValue(), type, TaskQueryDto.class)); // a body read
        mappers.add(mapperFor(application.getValue(), type, TaskDto.class)); // a body written
        mappers.add(mapperFor(application.getValue(), type, VariableInstanceDto.class));
      }
    }

    assertThat(mappers).as("mappers handed to the JSON provider for the bodies of all applications").hasSize(1);
  }

  @Test
  void theEngineRestApiKeepsCamundasJson() throws Exception {
    Task task = taskService.newTask();
    task.setName("Mapper");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "toezichthouders");
    try {
      // a body with a property Camunda does not know: ignored, as Camunda's own mapper does
      HttpResponse<String> listed = new ApiClient(port).send("POST", "/engine-rest/task", "toezichthouder",
          "{\"taskId\":\"" + task.getId() + "\",\"nietBestaand\":1}");

      assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
      JsonNode tasks = json.readTree(listed.body());
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).get("created").asText()).matches(CAMUNDA_DATE);
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  void theWebappsEngineApiStillAnswersInJson() throws Exception {
    WebappSession tasklist = WebappSession.login(port, "tasklist", "toezichthouder");

    HttpResponse<String> filters = tasklist.engine("GET", "/filter?resourceType=Task", null);

    assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
    assertThat(json.readTree(filters.body())).isNotEmpty();
  }

  /** What Camunda's JSON provider does for one body: the media type's resolver, then its mapper for the type. */
  private static ObjectMapper mapperFor(Providers providers, MediaType mediaType, Class<?> bodyType) {
    ContextResolver<ObjectMapper> resolver = providers.getContextResolver(ObjectMapper.class, mediaType);
    assertThat(resolver).as("resolver for " + mediaType).isNotNull();
    return resolver.getContext(bodyType);
  }

  /** The {@code Providers} of every Jersey application of the embedded server, by servlet name (started if need be). */
  private Map<String, Providers> jerseyApplications() throws Exception {
    Map<String, Providers> applications = new TreeMap<>();
    List<Wrapper> wrappers = new ArrayList<>();
    for (Container webContext : ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()) {
      for (Container child : webContext.findChildren()) {
        wrappers.add((Wrapper) child);
      }
    }
    for (Wrapper wrapper : wrappers) {
      if (!ServletContainer.class.getName().equals(wrapper.getServletClass())) {
        continue;
      }
      Servlet servlet = wrapper.allocate();
      try {
        if (servlet instanceof ServletContainer jersey) {
          applications.put(wrapper.getName(),
              jersey.getApplicationHandler().getInjectionManager().getInstance(Providers.class));
        }
      } finally {
        wrapper.deallocate(servlet);
      }
    }
    return applications;
  }
}
