import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench's mail server, in its own process as in production (where mail goes to the municipality's
 * SMTP relay): GreenMail's SMTP server on 127.0.0.1, the library the demo profile embeds in the app.
 * Run by bench/run.sh as {@code java -cp <app class path> MailSink.java <smtp-port>}. Received mail is
 * counted and dropped every few seconds so a long run does not fill the heap; the count is printed
 * every 10 s and at exit.
 */
public class MailSink {

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    AtomicLong received = new AtomicLong();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      received.addAndGet(greenMail.getReceivedMessages().length);
      System.out.println("mail-sink: stopped; " + received.get() + " mails received");
      greenMail.stop();
    }));
    System.out.println("mail-sink: SMTP on 127.0.0.1:" + port);
    for (int tick = 1; ; tick++) {
      Thread.sleep(2000);
      received.addAndGet(greenMail.getReceivedMessages().length);
      greenMail.purgeEmailFromAllMailboxes();
      if (tick % 5 == 0) {
        System.out.println("mail-sink: " + received.get() + " mails received");
      }
    }
  }
}
