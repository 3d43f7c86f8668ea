package nl.wmotoezicht.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Opens generated PDFs as a reader would: their text (Apache PDFBox), and the PDFs attached to a mail. */
public final class PdfDocuments {

  private PdfDocuments() {
  }

  /**
   * The text of a PDF, every page, whitespace collapsed to single spaces; a line broken after a hyphen
   * (as in a long case number) is joined again.
   */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException("Not a readable PDF", e);
    }
  }

  /** A mail's attachment. */
  public record Attachment(String fileName, String contentType, byte[] content) {

    public String text() {
      return PdfDocuments.text(content);
    }
  }

  /**
   * The text of the PDF letter attached to the case's mail of the given template; fails when there is
   * no such mail or it has no PDF attached.
   */
  public static String letterText(String caseNumber, String mailTemplate) {
    try {
      MimeMessage mail = TestMailServer.mailsFor(caseNumber).stream()
          .filter(m -> mailTemplate.equals(TestMailServer.templateOf(m))).findFirst()
          .orElseThrow(() -> new AssertionError("No mail " + mailTemplate + " for case " + caseNumber));
      Attachment letter = attachments(mail).stream().filter(a -> a.contentType().startsWith("application/pdf"))
          .findFirst().orElseThrow(() -> new AssertionError("Mail " + mailTemplate + " has no PDF attached"));
      return letter.text();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The attachments of a mail, in order; none for a plain text mail. */
  public static List<Attachment> attachments(MimeMessage message) {
    List<Attachment> result = new ArrayList<>();
    try {
      if (message.getContent() instanceof Multipart multipart) {
        collect(multipart, result);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return result;
  }

  private static void collect(Multipart multipart, List<Attachment> result) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContent() instanceof Multipart nested) {
        collect(nested, result);
      } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        result.add(new Attachment(part.getFileName(), part.getContentType(), part.getInputStream().readAllBytes()));
      }
    }
  }
}
