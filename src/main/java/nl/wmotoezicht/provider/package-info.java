/**
 * The provider register.
 *
 * <p>Providers by KvK number, their relations with the municipalities, their enforcement history (recidive), their
 * postal address and their consent to electronic letters (art. 2:14 Awb). No models; the pyramid and the letters read
 * it.
 */
package nl.wmotoezicht.provider;
