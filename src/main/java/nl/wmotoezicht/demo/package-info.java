/**
 * Demo data of the demo profile only: the previous calendar year's history, made by running the real processes on a
 * moved engine clock at start-up ({@code DemoHistory}). Depends on the process modules; nothing depends on it.
 * See {@code docs/demo-historie.md}.
 */
package nl.wmotoezicht.demo;
