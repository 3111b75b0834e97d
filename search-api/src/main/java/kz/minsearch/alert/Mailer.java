package kz.minsearch.alert;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Mail over SMTP with Jakarta Mail (Eclipse Angus), configured by one URL ({@code MINSEARCH_SMTP_URL},
 * {@code smtp://user:pass@host:587}): STARTTLS when the server offers it, authentication when the URL has a user.
 */
public final class Mailer {
    private final Session session;
    private final String from;

    private Mailer(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    /** @throws IllegalArgumentException when the URL is not smtp://[user[:pass]@]host[:port] */
    public static Mailer fromUrl(String smtpUrl, String from) {
        URI uri = URI.create(smtpUrl.strip());
        if (!"smtp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("MINSEARCH_SMTP_URL must look like smtp://user:pass@host:587, not " + smtpUrl);
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", uri.getHost());
        props.put("mail.smtp.port", String.valueOf(uri.getPort() < 0 ? 25 : uri.getPort()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        Authenticator auth = null;
        if (uri.getRawUserInfo() != null) {
            String[] userPass = uri.getRawUserInfo().split(":", 2);
            String user = URLDecoder.decode(userPass[0], StandardCharsets.UTF_8);
            String pass = userPass.length > 1 ? URLDecoder.decode(userPass[1], StandardCharsets.UTF_8) : "";
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, pass);
                }
            };
        }
        return new Mailer(Session.getInstance(props, auth), from);
    }

    public void send(String to, String subject, String text, Map<String, String> headers) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            message.setHeader(h.getKey(), h.getValue());
        }
        Transport.send(message);
    }
}
