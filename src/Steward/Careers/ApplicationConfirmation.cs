using Microsoft.Extensions.Logging;
using Steward.Core.Careers;
using Steward.Core.Email;
using Steward.Core.Gate;
using Steward.Core.Vault;

namespace Steward.Careers;

/// <summary>Tells an applicant their application arrived, in the language they applied in. The
/// address is read back from the vault through the gate, for the recruitment purpose, like any use.</summary>
public sealed partial class ApplicationConfirmation(GateService gate, VaultReader vault, EmailComposer composer, IEmailSender sender,
    ILogger<ApplicationConfirmation> logger)
{
    private static readonly string[] Email = ["contact.email"];

    public async Task SendAsync(JobApplication application, JobPosting posting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(posting);
        var outcome = await gate.DecideAsync(new DecisionRequest(ActorRef.Steward("careers.confirmation"), application.SubjectId, Email, CareersPolicies.Purpose), cancellationToken);
        if (outcome.Grant is not { } grant) return;
        var address = (await vault.ReadAsync(grant, application.SubjectId, Email, cancellationToken)) is [var first, ..] ? first.Value : null;
        if (address is null) return;
        var text = CareersText.For(application.Language);
        var title = posting.Title(application.Language);
        var reference = Reference(application);
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.EmailBody, title, reference);
        try
        {
            await sender.SendAsync(composer.Compose(address, string.Format(System.Globalization.CultureInfo.InvariantCulture, text.EmailSubject, title), body, null, application.Language), cancellationToken);
        }
        catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
        {
            // The application is stored; only the receipt failed. The log names the application, never the address.
            LogNotSent(logger, application.Id, e.GetType().Name);
        }
    }

    /// <summary>The short reference an applicant and a recruiter can quote.</summary>
    public static string Reference(JobApplication application) => application.Id.ToString("n")[..10].ToUpperInvariant();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The receipt of application {ApplicationId} was not sent: {Error}")]
    private static partial void LogNotSent(ILogger logger, Guid applicationId, string error);
}
