/**
 * Notification.
 *
 * <p>Mail from the templates in {@code src/main/resources/mail/}: the {@code ${sendMail}} step of every model, the
 * demo mail server. No models of its own.
 */
package nl.wmotoezicht.notification;
