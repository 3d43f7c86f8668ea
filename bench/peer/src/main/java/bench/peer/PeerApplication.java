package bench.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The P2 peer: Camunda 7.24's Spring Boot starter exactly as it comes (no tuning), auto-deploying
 * {@code calamiteit-peer.bpmn}, a copy of the calamity model that bench/run.sh derives from
 * {@code processes/calamiteit.bpmn}.
 */
@SpringBootApplication
public class PeerApplication {

  public static void main(String[] args) {
    SpringApplication.run(PeerApplication.class, args);
  }
}
