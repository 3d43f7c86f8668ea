import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.wmotoezicht.notification.PooledMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * CPU per mail of the app's mail sender, load-robust (CPU time, not wall-clock): sends the intake's mail (the
 * size and headers of {@code calamiteit-melding-gemeente}) to an SMTP server in another process ({@code
 * bench/MailSink.java}) with Spring's sender (a connection per message, as before) or the app's
 * {@code PooledMailSender}, and prints this JVM's CPU ms per mail and the mail server's (from /proc) over the
 * measured messages, after a warm-up.
 *
 * <pre>
 * java -cp "$(cat bench/.work/classpath.txt):target/classes" bench/MailSendCost.java &lt;port&gt; &lt;sink pid&gt; &lt;n&gt; [rounds]
 * </pre>
 */
public class MailSendCost {

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    long sinkPid = Long.parseLong(args[1]);
    int n = Integer.parseInt(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    JavaMailSenderImpl spring = new JavaMailSenderImpl();
    PooledMailSender pooled = new PooledMailSender(4, Duration.ofSeconds(10), 20);
    for (JavaMailSenderImpl sender : new JavaMailSenderImpl[] {spring, pooled}) {
      sender.setHost("127.0.0.1");
      sender.setPort(port);
    }
    String body = "Geachte heer, mevrouw,\n\n" + "De aanbieder Zorg Thuis Zuid B.V. heeft een calamiteit gemeld. ".repeat(12);
    // warm-up of both, then rounds alternating, in one JVM (the JIT is as warm for either)
    send(spring, n / 2, body);
    send(pooled, n / 2, body);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      for (JavaMailSenderImpl sender : new JavaMailSenderImpl[] {spring, pooled}) {
        long opened = pooled.connectionsOpened();
        long cpu0 = os.getProcessCpuTime();
        long thread0 = threads.getCurrentThreadCpuTime();
        long sink0 = ticks(sinkPid);
        send(sender, n, body);
        System.out.printf("round=%d mode=%s mails=%d sender_process_cpu_ms_per_mail=%.3f sender_thread_cpu_ms_per_mail=%.3f"
                + " sink_cpu_ms_per_mail=%.3f connections=%s%n", round, sender == pooled ? "pooled" : "spring", n,
            (os.getProcessCpuTime() - cpu0) / 1e6 / n, (threads.getCurrentThreadCpuTime() - thread0) / 1e6 / n,
            (ticks(sinkPid) - sink0) * 10.0 / n, sender == pooled ? pooled.connectionsOpened() - opened : n);
      }
    }
    pooled.destroy();
  }

  private static void send(JavaMailSenderImpl sender, int n, String body) throws Exception {
    for (int i = 0; i < n; i++) {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom("toezicht@wmotoezicht.local");
      helper.setTo("wmo-toezicht@heerlen.demo.example");
      helper.setSubject("Calamiteit gemeld: Zorg Thuis Zuid B.V. (CAL-2026-" + String.format("%05d", i) + ")");
      helper.setText(body);
      message.setHeader("X-Wmo-Zaak", "CAL-2026-" + String.format("%05d", i));
      message.setHeader("X-Wmo-Sjabloon", "calamiteit-melding-gemeente");
      sender.send(message);
    }
  }

  /** utime + stime of a process, in clock ticks (1/100 s). */
  private static long ticks(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
