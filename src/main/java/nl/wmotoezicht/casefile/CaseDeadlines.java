package nl.wmotoezicht.casefile;

import java.util.List;

/**
 * The dates of one running case, earliest first.
 *
 * @param caseNumber        the case number (business key)
 * @param processKey        the process, e.g. {@code calamiteit}
 * @param processName       its name in Dutch
 * @param municipalityCode  the municipality (tenant)
 * @param municipalityName  its name, e.g. Heerlen
 * @param nextDeadline      the earliest of {@code deadlines}, or null when the case has none
 * @param deadlines         all dates of the case, earliest first
 * @param processInstanceId the running process instance these dates are of (Cockpit's page of the instance)
 */
public record CaseDeadlines(String caseNumber, String processKey, String processName, String municipalityCode,
    String municipalityName, Deadline nextDeadline, List<Deadline> deadlines, String processInstanceId) {
}
