package nl.wmotoezicht.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every document step of the models ({@code camunda:delegateExpression="${generateDocument}"}, e.g.
 * "Conceptrapport opstellen"): generates the PDF from {@code documentTemplate} with the case's
 * variables, stores it with the case under {@code documentTitle}, and puts its id in the process
 * variable named by {@code documentVariable}. Run again (a retried job), the step reuses its document.
 */
@Component("generateDocument")
class GenerateDocumentDelegate implements JavaDelegate {

  private final DocumentService documents;

  GenerateDocumentDelegate(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseDocument document = documents.generate(execution, DocumentVariables.TEMPLATE.get(execution),
        DocumentVariables.TITLE.get(execution));
    // the input parameters are local to the step; the id goes to the process instance
    execution.getProcessInstance().setVariable(DocumentVariables.VARIABLE.get(execution), document.id());
  }
}
