using Steward.Core.Email;
using Steward.Core.Requests;

namespace Steward.Requests;

/// <summary>Delivers the public form's code emails from <see cref="IntakeMail"/>, one at a time, on
/// every node that serves the form (apart from the request worker, which some nodes do not run).</summary>
internal sealed partial class IntakeMailSender(IntakeMail mail, IEmailSender sender, ILogger<IntakeMailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in mail.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await sender.SendAsync(message, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The person can ask for a new code. Only the kind of failure is logged: an SMTP server's
                    // answer often quotes the recipient's address.
                    LogFailed(logger, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A verification code email could not be sent ({Failure})")]
    private static partial void LogFailed(ILogger logger, string failure);
}
