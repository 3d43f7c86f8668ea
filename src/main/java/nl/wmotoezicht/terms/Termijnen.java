package nl.wmotoezicht.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every statutory and customary term by name, as the bean {@code termijnen}: a model writes {@code ${termijnen.bezwaar}}
 * where it needs the objection term, Java asks {@link #term(String)}. The terms are defined in one readable place,
 * {@value #RESOURCE} (documented in {@code docs/termijnen.md}); a definition that does not parse stops the application
 * at start-up.
 *
 * <p>The bean is a read-only map from name to {@link NamedTerm} so that the expression language resolves
 * {@code termijnen.name}; an unknown name fails loudly instead of giving {@code null}.
 */
@Component("termijnen")
public class Termijnen extends AbstractMap<String, NamedTerm> {

    /** The classpath resource holding the definitions. */
    public static final String RESOURCE = "terms/termijnen.yaml";

    private static final Set<String> FIELDS = Set.of("period", "kind", "basis", "meaning");

    private final Map<String, NamedTerm> terms;

    public Termijnen() {
        this(new ClassPathResource(RESOURCE));
    }

    Termijnen(Resource definitions) {
        this.terms = Collections.unmodifiableMap(load(definitions));
    }

    /** The term with this name; fails with a Dutch message naming the known terms when there is none. */
    public NamedTerm term(String name) {
        NamedTerm term = terms.get(name);
        if (term == null) {
            throw new IllegalArgumentException("Onbekende termijn '" + name + "'; bekend zijn " + terms.keySet()
                    + " (zie " + RESOURCE + ").");
        }
        return term;
    }

    @Override
    public NamedTerm get(Object name) {
        return term(String.valueOf(name));
    }

    @Override
    public boolean containsKey(Object name) {
        return terms.containsKey(name);
    }

    @Override
    public Set<Entry<String, NamedTerm>> entrySet() {
        return terms.entrySet();
    }

    private static Map<String, NamedTerm> load(Resource definitions) {
        Object document;
        try (InputStream in = definitions.getInputStream()) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + definitions + " niet lezen", e);
        }
        if (!(document instanceof Map<?, ?> entries) || entries.isEmpty()) {
            throw new IllegalStateException(definitions + " bevat geen termijnen.");
        }
        Map<String, NamedTerm> result = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (!name.matches("[a-z][A-Za-z0-9]*")) {
                throw new IllegalStateException("Termijn '" + name + "': de naam is één woord in camelCase.");
            }
            if (!(value instanceof Map<?, ?> fields)) {
                throw new IllegalStateException("Termijn '" + name + "' heeft geen velden " + FIELDS + ".");
            }
            for (Object field : fields.keySet()) {
                if (!FIELDS.contains(String.valueOf(field))) {
                    throw new IllegalStateException("Termijn '" + name + "': onbekend veld '" + field + "'; velden zijn "
                            + FIELDS + ".");
                }
            }
            String kind = required(name, fields, "kind");
            if (!kind.equals("wettelijk") && !kind.equals("gebruikelijk")) {
                throw new IllegalStateException("Termijn '" + name + "': kind is wettelijk of gebruikelijk, niet '"
                        + kind + "'.");
            }
            TermPeriod period;
            try {
                period = TermPeriod.parse(required(name, fields, "period"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Termijn '" + name + "': " + e.getMessage(), e);
            }
            result.put(name, new NamedTerm(name, period, kind.equals("wettelijk"), required(name, fields, "basis"),
                    required(name, fields, "meaning")));
        });
        return result;
    }

    private static String required(String name, Map<?, ?> fields, String field) {
        Object value = fields.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalStateException("Termijn '" + name + "': " + field + " ontbreekt.");
        }
        return String.valueOf(value).strip();
    }
}
