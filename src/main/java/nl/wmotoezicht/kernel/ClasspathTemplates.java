package nl.wmotoezicht.kernel;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Thymeleaf engines over a folder of templates on the classpath (mails, letters, public pages), read as UTF-8. */
public final class ClasspathTemplates {

  private ClasspathTemplates() {
  }

  /**
   * An engine for the templates {@code folder/name + suffix}; an unknown name fails instead of rendering nothing.
   *
   * @param folder the folder on the classpath, e.g. {@code mail/}
   * @param suffix the file ending, e.g. {@code .txt}
   * @param mode   how the templates are read, e.g. {@link TemplateMode#TEXT}
   */
  public static TemplateEngine engine(String folder, String suffix, TemplateMode mode) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(folder);
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
