using MimeKit;

namespace Steward.Core.Email;

/// <summary>Hands one message to the configured delivery (an SMTP server, or the mail folder).
/// Messages are built with MimeKit, so a feature can set any header (List-Unsubscribe, ...).
/// Never log a message's body or recipient: both are personal data.</summary>
public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
