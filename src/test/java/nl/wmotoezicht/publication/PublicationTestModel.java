package nl.wmotoezicht.publication;

import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For the tests of the publication: the test mail server runs, the small investigation model of
 * {@link PublicationTestCases} is deployed before each test and removed after the class.
 */
final class PublicationTestModel implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestMailServer.get();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    PublicationTestCases.deploy(repository(context));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    PublicationTestCases.undeploy(repository(context));
  }

  private static RepositoryService repository(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(RepositoryService.class);
  }
}
