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
                    LogFailed(logger, e); // the person can ask for a new code
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A verification code email could not be sent")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
