package nl.wmotoezicht.security.model;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads a BPMN, DMN or CMMN model as XML and lists what a process owner may not deploy (see
 * {@code docs/security/hardening.md}): scripts (script tasks, script listeners, conditions and input/output
 * mappings in a script language), Java class references ({@code camunda:class} and the like), connectors,
 * field injection, expression languages other than JUEL in BPMN and FEEL in DMN, FEEL external (Java)
 * functions, and expressions outside the {@link ModelAllowList}. Each finding names the element that holds it.
 */
public final class ModelContentCheck {

  /** One refused part of a model: the element (id and name) and why, in Dutch. */
  public record Finding(String resource, String elementId, String elementName, String reason) {
    public String describe() {
      String element = elementName == null || elementName.isBlank() ? "'" + elementId + "'"
          : "'" + elementId + "' (" + elementName + ")";
      return resource + ": element " + element + ": " + reason;
    }
  }

  static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "resultVariableClass");
  private static final Set<String> DELEGATE_ATTRIBUTES =
      Set.of("delegateExpression", "variableMappingDelegateExpression");
  private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");
  private static final Set<String> FORBIDDEN_CAMUNDA_ELEMENTS = Set.of("connector", "field");
  /** BPMN elements whose text is never evaluated (in DMN, {@code text} holds the expressions). */
  private static final Set<String> TEXT_ONLY = Set.of("documentation", "text", "description");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
  private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b\\s*\\{");

  private final ExpressionPolicy expressions;

  public ModelContentCheck(ExpressionPolicy expressions) {
    this.expressions = expressions;
  }

  /** Whether the engine reads a resource of this name as a model. */
  public static boolean isModel(String resourceName) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")
        || name.endsWith(".dmn11.xml") || name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml");
  }

  public List<Finding> check(String resource, byte[] content) {
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      return List.of(new Finding(resource, "(model)", null,
          "het model kan niet veilig worden gelezen (geen geldige XML, of een DOCTYPE)"));
    }
    boolean dmn = resource.toLowerCase(Locale.ROOT).contains(".dmn");
    List<Finding> findings = new ArrayList<>();
    visit(resource, document.getDocumentElement(), dmn, findings);
    return findings;
  }

  private void visit(String resource, Element element, boolean dmn, List<Finding> findings) {
    String local = localName(element);
    if (dmn ? "description".equals(local) : TEXT_ONLY.contains(local)) {
      return;
    }
    if (SCRIPT_ELEMENTS.contains(local)) {
      findings.add(finding(resource, element, "een script is niet toegestaan (" + local + ")"));
      return;
    }
    if ((CAMUNDA_BPMN.equals(element.getNamespaceURI()) || CAMUNDA_DMN.equals(element.getNamespaceURI()))
        && FORBIDDEN_CAMUNDA_ELEMENTS.contains(local)) {
      findings.add(finding(resource, element, "camunda:" + local + " is niet toegestaan"));
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      checkAttribute(resource, element, attribute, dmn, findings);
    }
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    checkValue(resource, element, text.toString(), dmn, findings);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        visit(resource, childElement, dmn, findings);
      }
    }
  }

  private void checkAttribute(String resource, Element element, Attr attribute, boolean dmn, List<Finding> findings) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String namespace = attribute.getNamespaceURI();
    String value = attribute.getValue();
    // camunda:class on a task, or class on a camunda:taskListener element
    boolean camunda = isCamunda(namespace) || (namespace == null && isCamunda(element.getNamespaceURI()));
    if (camunda && CLASS_ATTRIBUTES.contains(name)) {
      findings.add(finding(resource, element, "een Java-klasse (camunda:" + name + ") is niet toegestaan"));
    } else if (camunda && "type".equals(name) && !"external".equals(value)) {
      findings.add(finding(resource, element, "camunda:type='" + value + "' is niet toegestaan"));
    } else if ("scriptFormat".equals(name) || (camunda && "resource".equals(name))) {
      findings.add(finding(resource, element, "een script is niet toegestaan (" + name + ")"));
    } else if ("language".equals(name) && !value.isBlank() && !isJuel(value)) {
      findings.add(finding(resource, element, "expressietaal '" + value + "' is niet toegestaan (script)"));
    } else if ("expressionLanguage".equals(name)) {
      boolean allowed = dmn ? isFeel(value) : isJuel(value);
      if (!allowed) {
        findings.add(finding(resource, element, "expressietaal '" + value + "' is niet toegestaan"
            + (dmn ? "; beslistabellen gebruiken FEEL" : "")));
      }
    } else if (camunda && DELEGATE_ATTRIBUTES.contains(name)) {
      expressions.delegateViolation(value).ifPresent(reason -> findings.add(finding(resource, element, reason)));
    } else if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(name)) {
      checkValue(resource, element, value, dmn, findings);
    }
  }

  private void checkValue(String resource, Element element, String value, boolean dmn, List<Finding> findings) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (dmn && FEEL_EXTERNAL.matcher(value).find()) {
      findings.add(finding(resource, element, "een externe (Java-)functie in FEEL is niet toegestaan"));
      return;
    }
    Matcher start = EXPRESSION.matcher(value);
    if (!start.find()) {
      return;
    }
    if (dmn) {
      findings.add(finding(resource, element, "een JUEL-expressie in een beslistabel is niet toegestaan; gebruik FEEL"));
      return;
    }
    Optional<String> violation = expressions.violation(value.trim());
    violation.ifPresent(reason -> findings.add(finding(resource, element, reason)));
  }

  private static boolean isCamunda(String namespace) {
    return CAMUNDA_BPMN.equals(namespace) || CAMUNDA_DMN.equals(namespace);
  }

  private static boolean isJuel(String language) {
    String l = language.trim().toLowerCase(Locale.ROOT);
    return l.equals("juel") || l.equals("${}") || l.endsWith("/juel") || l.equals("http://www.w3.org/1999/xpath");
  }

  private static boolean isFeel(String language) {
    String l = language.trim().toLowerCase(Locale.ROOT);
    return l.equals("feel") || l.equals("feel-scala") || l.equals("feel-scala-unary-tests")
        || l.matches("https?://www\\.omg\\.org/spec/(feel|dmn)/\\d+(/feel)?/?");
  }

  private static Finding finding(String resource, Element element, String reason) {
    for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
      if (e.hasAttribute("id")) {
        return new Finding(resource, e.getAttribute("id"), e.hasAttribute("name") ? e.getAttribute("name") : null,
            reason);
      }
    }
    return new Finding(resource, "(" + localName(element) + ")", null, reason);
  }

  private static String localName(Element element) {
    return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
  }

  private static DocumentBuilder parser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }
}
