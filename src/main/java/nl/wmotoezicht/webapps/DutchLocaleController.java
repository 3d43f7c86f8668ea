package nl.wmotoezicht.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Dutch locale of Tasklist, Cockpit, Admin and the welcome page ({@code /camunda/app/<app>/locales/nl.json},
 * where the webapps look for it). It is Camunda's own English file of this very Camunda version with our Dutch
 * texts laid over it ({@code webapps/locales/common.nl.json} and {@code <app>.nl.json}): every screen our users
 * work in reads Dutch, and a label Camunda adds in a new version shows in English instead of as a bare key.
 * Which locales the webapps offer, and that Dutch is the default, is in each app's {@code scripts/config.js}.
 */
@RestController
class DutchLocaleController {

  private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
  private static final String CAMUNDA_LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/en.json";

  private final ObjectMapper json;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  DutchLocaleController(ObjectMapper json) {
    this.json = json;
  }

  @GetMapping(value = "${camunda.bpm.webapp.application-path:/camunda}/app/{app}/locales/nl.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> dutch(@PathVariable String app) {
    if (!APPS.contains(app)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(cache.computeIfAbsent(app, this::merge));
  }

  private byte[] merge(String app) {
    try {
      ObjectNode merged = (ObjectNode) read(CAMUNDA_LOCALES.formatted(app));
      overlay(merged, read("webapps/locales/common.nl.json"));
      overlay(merged, read("webapps/locales/" + app + ".nl.json"));
      return json.writeValueAsBytes(merged);
    } catch (IOException e) {
      throw new IllegalStateException("Dutch locale of " + app + " cannot be built", e);
    }
  }

  private JsonNode read(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      byte[] bytes = in.readAllBytes();
      int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0; // Camunda's files start with a byte order mark
      return json.readTree(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Lays the Dutch texts over the English ones; objects are merged, everything else replaced. */
  static void overlay(ObjectNode target, JsonNode dutch) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = dutch.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue().isObject()) {
        overlay(object, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }
}
