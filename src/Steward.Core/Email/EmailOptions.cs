namespace Steward.Core.Email;

/// <summary>How Steward sends email: the <c>Steward:Email</c> section of the settings. The embedded
/// default writes each message as an .eml file to a folder in the data folder, so it needs no mail
/// server; set <see cref="Delivery"/> to <see cref="EmailDelivery.Smtp"/> and the host for real mail.</summary>
public sealed class EmailOptions
{
    public const string Section = "Steward:Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Folder;

    /// <summary>The sender's address, e.g. <c>privacy@example.com</c>.</summary>
    public string From { get; set; } = "steward@localhost";

    /// <summary>The sender's display name; empty for the catalogue's organisation name.</summary>
    public string? FromName { get; set; }

    /// <summary>Where <see cref="EmailDelivery.Folder"/> writes messages; empty for <c>mail</c> in the data folder.</summary>
    public string? Folder { get; set; }

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (the default: required once the server offers it), or SslOnConnect (port 465).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The address links in messages start with, e.g. <c>https://privacy.example.com/</c>;
    /// empty for the address Steward listens on.</summary>
    public string? PublicAddress { get; set; }

    public IEnumerable<string> Problems()
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out _)) yield return $"Steward:Email:From '{From}' is not an email address.";
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Host)) yield return "Steward:Email:Host is required when Steward:Email:Delivery is Smtp.";
        if (Port is < 1 or > 65535) yield return $"Steward:Email:Port {Port} is not a port number.";
        if (PublicAddress is { Length: > 0 } address && !Uri.TryCreate(address, UriKind.Absolute, out _)) yield return $"Steward:Email:PublicAddress '{address}' is not an absolute address.";
    }
}

public enum EmailDelivery { Folder, Smtp }

public enum SmtpSecurity { None, StartTls, SslOnConnect }
