package nl.wmotoezicht.cases;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import nl.wmotoezicht.identity.MunicipalityNotAllowedException;
import nl.wmotoezicht.kernel.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /engine-rest} answers the refusals of case tenancy (docs/security/tenancy.md): a municipality the caller
 * does not work for (403), and a reference of the same sender used before for a different report (409, naming the
 * first case only to a caller who may see it).
 */
@Configuration
class TenancyProblemMappers {

  @Bean
  ExceptionMapper<MunicipalityNotAllowedException> municipalityNotAllowedMapper() {
    return new MunicipalityNotAllowedMapper();
  }

  @Bean
  ExceptionMapper<ConflictingReportException> conflictingReportMapper(CaseVisibility visibility) {
    return new ConflictingReportMapper(visibility);
  }

  /** A named class, not a lambda: JAX-RS reads the exception type from the class's generic interface. */
  static final class MunicipalityNotAllowedMapper implements ExceptionMapper<MunicipalityNotAllowedException> {
    @Override
    public Response toResponse(MunicipalityNotAllowedException e) {
      return Response.status(403).type(EngineRestProblemMappers.PROBLEM_JSON)
          .entity(Problems.asMap(403, "geen-toegang", "Geen toegang", e.getMessage())).build();
    }
  }

  static final class ConflictingReportMapper implements ExceptionMapper<ConflictingReportException> {
    private final CaseVisibility visibility;

    ConflictingReportMapper(CaseVisibility visibility) {
      this.visibility = visibility;
    }

    @Override
    public Response toResponse(ConflictingReportException e) {
      return Response.status(409).type(EngineRestProblemMappers.PROBLEM_JSON).entity(conflict(e, visibility)).build();
    }
  }

  /** The 409 body of a conflicting report, on both REST paths. */
  static Map<String, Object> conflict(ConflictingReportException e, CaseVisibility visibility) {
    Map<String, Object> body = Problems.asMap(409, "referentie-al-gebruikt", "Referentie al gebruikt",
        e.getMessage() + "; gebruik een nieuwe referentie voor een nieuwe melding.");
    if (e.caseNumber() != null && visibility.isVisible(e.caseNumber())) {
      body.put("caseNumber", e.caseNumber());
      body.put("location", "/api/cases/" + e.caseNumber());
    }
    return body;
  }

}
