namespace Steward.Core.Email;

/// <summary>The SMTP server refused a message. Its message carries the status codes only: the server's
/// own answer often quotes the recipient's address, and whoever logs this exception must not log that.</summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException() { }

    public EmailDeliveryException(string message) : base(message) { }

    public EmailDeliveryException(string message, Exception innerException) : base(message, innerException) { }
}
