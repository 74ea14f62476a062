using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Steward.Core.Storage;
using Steward.Core.Webhooks;

namespace Steward.Requests;

/// <summary>Sends the outbox's webhooks, signed in the Standard Webhooks convention. Each round tries a
/// delivery a few times at once with exponential back-off (Polly); if it still fails, the row keeps the
/// attempt count and the time of its next round, doubling each time, until it is delivered or has
/// failed for good. A delivery is leased before it is sent, so two nodes never send the same one.
/// Between rounds it sleeps until woken by <see cref="WebhookSignal"/> (an event queued here), until the
/// next retry falls due, or at most <see cref="RequestOptions.WebhookPollInterval"/> (events other nodes queued).</summary>
internal sealed partial class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, WebhookSignal signal, TimeProvider clock,
    IOptions<RequestOptions> options, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";
    private const int TriesPerRound = 3;
    private const int BatchSize = 20;
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e);
                wait = options.Value.WebhookPollInterval;
            }
            if (wait <= TimeSpan.Zero) continue;
            try
            {
                await signal.WaitAsync(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends what is due; returns how long to sleep unless woken: until the next pending
    /// delivery falls due (a retry's back-off), at most the poll interval, nothing when more is due.</summary>
    public async Task<TimeSpan> RoundAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        var now = clock.GetUtcNow();
        var due = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Take(BatchSize).ToListAsync(ct);
        foreach (var delivery in due)
        {
            var lease = now + options.Value.WebhookTimeout * (TriesPerRound + 1) + options.Value.WebhookRetryDelay * 4;
            var observed = delivery.NextAttemptAt;
            var claimed = await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id && d.NextAttemptAt == observed && d.State == DeliveryState.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), ct);
            if (claimed == 0) continue;
            var subscription = await db.Set<WebhookSubscription>().AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, ct);
            var (ok, tries, error) = await SendAsync(subscription, delivery, ct);
            var attempts = delivery.Attempts + tries;
            var after = clock.GetUtcNow();
            var state = ok ? DeliveryState.Delivered : attempts >= options.Value.WebhookMaxAttempts ? DeliveryState.Failed : DeliveryState.Pending;
            var next = after + Backoff(attempts);
            await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.State, state)
                .SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.DeliveredAt, ok ? after : null)
                .SetProperty(d => d.LastError, error), ct);
        }
        if (due.Count == BatchSize) return TimeSpan.Zero;
        var nextDue = await db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.State == DeliveryState.Pending)
            .OrderBy(d => d.NextAttemptAt).Select(d => (DateTimeOffset?)d.NextAttemptAt).FirstOrDefaultAsync(ct);
        var poll = options.Value.WebhookPollInterval;
        if (nextDue is null) return poll;
        var untilDue = nextDue.Value - clock.GetUtcNow();
        return untilDue < poll ? untilDue : poll;
    }

    private TimeSpan Backoff(int attempts)
    {
        var wait = options.Value.WebhookRetryDelay * Math.Pow(2, Math.Min(attempts, 20));
        return wait < LongestWait ? wait : LongestWait;
    }

    private async Task<(bool Ok, int Tries, string? Error)> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken ct)
    {
        var tries = 0;
        string? error = null;
        var pipeline = new ResiliencePipelineBuilder<bool> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<bool>
            {
                MaxRetryAttempts = TriesPerRound - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.Value.WebhookRetryDelay,
                ShouldHandle = new PredicateBuilder<bool>().Handle<HttpRequestException>().Handle<TimeoutException>()
                    .Handle<TaskCanceledException>(_ => !ct.IsCancellationRequested).HandleResult(ok => !ok),
            })
            .Build();
        try
        {
            var ok = await pipeline.ExecuteAsync(async token =>
            {
                tries++;
                using var client = http.CreateClient(HttpClientName);
                client.Timeout = options.Value.WebhookTimeout;
                using var request = Signed(subscription, delivery);
                try
                {
                    using var response = await client.SendAsync(request, token);
                    if (!response.IsSuccessStatusCode) error = "HTTP " + (int)response.StatusCode;
                    return response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = e.GetType().Name;
                    throw;
                }
            }, ct);
            return (ok, tries, ok ? null : error);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (false, tries, error ?? e.GetType().Name);
        }
    }

    private HttpRequestMessage Signed(WebhookSubscription subscription, WebhookDelivery delivery)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(subscription.Secret, delivery.MessageId, timestamp, delivery.Payload));
        return request;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook round failed; it runs again at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
