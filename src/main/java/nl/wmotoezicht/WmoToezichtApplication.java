package nl.wmotoezicht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Wmo Toezicht: supervision and enforcement processes for a region of municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WmoToezichtApplication {

  public static void main(String[] args) {
    SpringApplication.run(WmoToezichtApplication.class, args);
  }
}
