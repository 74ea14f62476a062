using Steward.Core.Breaches;
using Steward.Core.Catalogue;
using Steward.Email;

namespace Steward.Breaches;

/// <summary>Checks the breach clocks on the injected clock and sends the reminders that are due.</summary>
internal sealed partial class BreachReminderService(IServiceProvider services, TimeProvider time, TimeSpan every, string? to, ILogger<BreachReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var address = to ?? scope.ServiceProvider.GetRequiredService<LoadedCatalogue>().Policy.Organisation.Contact.Email;
                var link = scope.ServiceProvider.GetRequiredService<PublicLinks>().To("/console/breaches").ToString();
                await scope.ServiceProvider.GetRequiredService<BreachReminders>().SendDueAsync(address, link, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Breach reminders failed; they are tried again at the next check")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
