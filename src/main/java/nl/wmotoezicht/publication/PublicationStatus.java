package nl.wmotoezicht.publication;

/** Where a report's publication stands. Only {@link #GEPUBLICEERD} is ever shown to the public. */
public enum PublicationStatus {
  /** The process runs: publication version, the provider's view, the college's decision, the date. */
  VOORBEREIDING,
  /** The provider asked a court to stop publication; waiting for the ruling. */
  OPGESCHORT,
  /** Published: on the public listing. */
  GEPUBLICEERD,
  /** Not published: by the college's decision or because the court forbade it. */
  NIET_GEPUBLICEERD
}
