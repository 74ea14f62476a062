using MimeKit;

namespace Steward.Core.Email;

/// <summary>Starts every message the same way: the configured sender, one recipient, a subject, a
/// plain-text body and optionally an HTML one, in the reader's language.</summary>
public sealed class EmailComposer(EmailOptions options, string organisationName)
{
    public MimeMessage Compose(string to, string subject, string text, string? html = null, string? language = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(options.FromName) ? organisationName : options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();
        // Content-* headers belong to the body entity in MIME, not to the message's own headers.
        if (language is not null) message.Body.Headers.Replace(HeaderId.ContentLanguage, language);
        return message;
    }

}
