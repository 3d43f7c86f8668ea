/**
 * The provider register.
 *
 * <p>Providers by KvK number, their relations with the municipalities and their enforcement history (recidive). No
 * models; the pyramid reads it.
 */
package nl.wmotoezicht.provider;
