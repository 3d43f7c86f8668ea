package nl.wmotoezicht.identity;

import java.util.List;

/** The groups of the product (the users table of {@code README.md}). Candidate groups in the models use these ids. */
public final class Groups {

  /** Wmo supervisors, often employed by the GGD; work across the whole region. */
  public static final String TOEZICHTHOUDERS = "toezichthouders";
  /** Contract and account managers of one municipality. */
  public static final String CONTRACTMANAGERS = "contractmanagers";
  /** The college van B&amp;W or its mandated officials, per municipality. */
  public static final String COLLEGE = "college";
  /** Team leads: read-only Cockpit for their municipality. */
  public static final String MANAGERS = "managers";
  /** Process owners: edit and deploy models. */
  public static final String PROCESEIGENAREN = "proceseigenaren";
  /** Camunda administrators (the starter's admin group). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";
  /** External systems that start and feed processes over REST (intake, finance). */
  public static final String KOPPELINGEN = "koppelingen";

  /** Groups whose members work across every municipality of the region. */
  public static final List<String> REGION_WIDE = List.of(TOEZICHTHOUDERS, PROCESEIGENAREN, KOPPELINGEN);

  private Groups() {
  }
}
