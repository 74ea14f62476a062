using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Steward.Core.Email;

/// <summary>Sends through an SMTP server with MailKit: one connection per message, which keeps it
/// simple and correct under concurrency; bulk senders batch on their own connection. A refusal comes
/// out as an <see cref="EmailDeliveryException"/> without the server's text, so callers may log it.</summary>
public sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Host ?? "localhost", options.Port, Socket(options.Security), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException e)
        {
            // Not the inner exception: its text is the server's answer, which may name the mailbox.
            throw new EmailDeliveryException($"The SMTP server refused the message: {(int)e.StatusCode} ({e.ErrorCode}).");
        }
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
