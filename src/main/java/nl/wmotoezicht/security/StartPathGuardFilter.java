package nl.wmotoezicht.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.identity.MunicipalityRights;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the paths of {@code /engine-rest} (and the same resources under the webapps' engine API
 * {@code /camunda/api/engine}) that start or feed a case, for everyone but administrators
 * ({@code camunda-admin}); see docs/security/tenancy.md:
 * <ul>
 *   <li>start instructions ({@code startBeforeActivity} …), skipping listeners or I/O mappings, a business key of the
 *   caller's choosing, and process-instance modification or restart: 403;</li>
 *   <li>a message or start whose {@link StartContract} does not list a variable: 400 naming it, as {@code /api} does
 *   for an unknown field; a message between our own processes: 403;</li>
 *   <li>a message that names a case (business key) or a variable that names a case number the caller does not own
 *   (a case of a municipality he does not work for): 403.</li>
 * </ul>
 * The values themselves are checked by the validators of {@code /api} in the start transaction, and the municipality a
 * new case is for by {@link MunicipalityRights}. Runs after authentication and after {@link RequestGuardFilter}, which
 * caches the JSON body.
 */
class StartPathGuardFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)");
  private static final Pattern MODIFICATION = Pattern.compile(
      "/(?:process-instance/[^/]+/modification(?:-async)?|modification/execute(?:Async)?"
          + "|process-definition/[^/]+/restart(?:-async)?|process-instance/[^/]+/restart)");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine/engine/[^/]+(/.*)");
  private static final List<String> MESSAGE_VARIABLE_FIELDS =
      List.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

  private final ObjectMapper objectMapper;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final CaseVisibility visibility;
  private final Map<String, StartContract> messages;
  private final Map<String, StartContract> startsByHand;

  StartPathGuardFilter(ObjectMapper objectMapper, IdentityService identityService, RepositoryService repositoryService,
      CaseVisibility visibility, List<StartContracts> modules) {
    this.objectMapper = objectMapper;
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.visibility = visibility;
    List<StartContract> contracts = modules.stream().flatMap(module -> module.contracts().stream()).toList();
    // two contracts for one name would silently leave one unchecked: refuse to start instead
    this.messages = contracts.stream().filter(c -> c.kind() != StartContract.Kind.START_BY_HAND)
        .collect(Collectors.toMap(StartContract::name, Function.identity()));
    this.startsByHand = contracts.stream().filter(c -> c.kind() == StartContract.Kind.START_BY_HAND)
        .collect(Collectors.toMap(StartContract::name, Function.identity()));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher webapp = WEBAPP_ENGINE.matcher(path);
    Authentication caller = identityService.getCurrentAuthentication();
    if (path.startsWith("/engine-rest")) {
      path = path.substring("/engine-rest".length());
    } else if (webapp.matches()) {
      // Tasklist and Cockpit use the same resources under the webapps' engine API, with the webapp login
      path = webapp.group(1);
      caller = caller != null ? caller : webappCaller(request);
    }
    if (caller == null || caller.getUserId() == null || MunicipalityRights.isAdministrator(caller)) {
      chain.doFilter(request, response);
      return;
    }
    if (MODIFICATION.matcher(path).matches()) {
      forbidden(response, "Alleen beheerders mogen een zaak verplaatsen of herstarten.");
      return;
    }
    Matcher start = START.matcher(path);
    boolean message = "/message".equals(path);
    if (!start.matches() && !message) {
      chain.doFilter(request, response);
      return;
    }
    JsonNode body = body(request);
    if (body == null || !body.isObject()) {
      chain.doFilter(request, response);
      return;
    }
    boolean refused = message ? refuseMessage(body, response) : refuseStart(start, body, response);
    if (!refused) {
      chain.doFilter(request, response);
    }
  }

  private boolean refuseStart(Matcher start, JsonNode body, HttpServletResponse response) throws IOException {
    if (nonEmpty(body.get("startInstructions")) || body.path("skipCustomListeners").asBoolean(false)
        || body.path("skipIoMappings").asBoolean(false)) {
      forbidden(response, "Alleen beheerders mogen een zaak bij een andere stap dan het begin starten.");
      return true;
    }
    if (nonEmpty(body.get("businessKey"))) {
      forbidden(response, "Het zaaknummer geeft het platform; geef geen businessKey op.");
      return true;
    }
    String processKey = start.group(1) != null ? start.group(1) : keyOf(start.group(2));
    if (processKey == null) {
      return false; // an unknown definition: the engine answers 404
    }
    StartContract contract = startsByHand.get(processKey);
    if (contract == null) {
      forbidden(response, "Dit proces start alleen via zijn bericht, niet met de hand.");
      return true;
    }
    return refuseVariables(contract, List.of(body.path("variables")), response);
  }

  private boolean refuseMessage(JsonNode body, HttpServletResponse response) throws IOException {
    StartContract contract = messages.get(body.path("messageName").asText(""));
    if (contract == null) {
      // default deny: a message of a model without a documented contract (StartContract) is never open to
      // callers other than administrators, so a new message cannot bypass the variable and case checks
      // the same answer whether no model knows the name or a model has it without a contract: nothing is revealed
      write(response, HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "bericht-niet-verwerkt",
          "Bericht niet verwerkt", "Dit bericht is onbekend of niet open voor externe afzenders."));
      return true;
    }
    if (contract.kind() == StartContract.Kind.INTERNAL_MESSAGE) {
      forbidden(response, "Bericht " + contract.name() + " wordt alleen door het platform zelf verstuurd.");
      return true;
    }
    JsonNode businessKey = body.get("businessKey");
    if (nonEmpty(businessKey)) {
      if (contract.kind() == StartContract.Kind.START_MESSAGE) {
        forbidden(response, "Het zaaknummer geeft het platform; geef geen businessKey op.");
        return true;
      }
      if (!visibility.callerOwns(businessKey.asText())) {
        forbidden(response, "U mag geen berichten sturen voor deze zaak.");
        return true;
      }
    }
    return refuseVariables(contract, MESSAGE_VARIABLE_FIELDS.stream().map(body::path).toList(), response);
  }

  /** Unknown variables: 400 naming each; a variable naming a case the caller does not own: 403. */
  private boolean refuseVariables(StartContract contract, List<JsonNode> variableMaps, HttpServletResponse response)
      throws IOException {
    Map<String, JsonNode> given = new LinkedHashMap<>();
    for (JsonNode variables : variableMaps) {
      Iterator<Map.Entry<String, JsonNode>> fields = variables.isObject() ? variables.fields() : List.<Map.Entry<String, JsonNode>>of().iterator();
      fields.forEachRemaining(field -> given.put(field.getKey(), field.getValue()));
    }
    List<String> unknown = given.keySet().stream().filter(name -> !contract.variables().contains(name)).toList();
    if (!unknown.isEmpty()) {
      ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
          "Ongeldige invoer: " + unknown.stream().map(name -> name + " onbekend veld").collect(Collectors.joining("; ")));
      problem.setProperty("errors", unknown.stream().map(name -> Map.of("field", name, "message", "onbekend veld"))
          .toList());
      write(response, HttpStatus.BAD_REQUEST, problem);
      return true;
    }
    for (String name : StartContract.CASE_NUMBER_VARIABLES) {
      JsonNode value = given.get(name) == null ? null : given.get(name).get("value");
      if (nonEmpty(value) && !visibility.callerOwns(value.asText())) {
        forbidden(response, "Variabele '" + name + "' noemt een zaak die niet van uw gemeente is.");
        return true;
      }
    }
    return false;
  }

  /** The user of the webapp session, with the groups and tenants the webapp login recorded; null when none. */
  private static Authentication webappCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthentications().stream().filter(a -> a.getIdentityId() != null).findFirst()
        .map(a -> new Authentication(a.getIdentityId(), a.getGroupIds(), a.getTenantIds())).orElse(null);
  }

  private String keyOf(String processDefinitionId) {
    return visibility.asSystem(() -> Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
        .processDefinitionId(processDefinitionId).singleResult()).map(ProcessDefinition::getKey).orElse(null));
  }

  private JsonNode body(HttpServletRequest request) throws IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase().contains("json")) {
      return null;
    }
    byte[] bytes = request.getInputStream().readAllBytes();
    try {
      return bytes.length == 0 ? null : objectMapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      return null; // RequestGuardFilter answers malformed JSON before this filter
    }
  }

  private static boolean nonEmpty(JsonNode node) {
    return node != null && !node.isNull() && !(node.isTextual() && node.asText().isEmpty())
        && !(node.isContainerNode() && node.isEmpty());
  }

  private void forbidden(HttpServletResponse response, String detail) throws IOException {
    write(response, HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang", detail));
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("https://wmotoezicht.nl/problemen/" + type));
    return problem;
  }

  private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
