namespace Steward.Requests;

/// <summary>Settings of rights requests (<c>Steward:Requests</c>).</summary>
public sealed class RequestOptions
{
    public const string Section = "Steward:Requests";

    /// <summary>Run the worker that carries cases through their steps, the clock and the webhook
    /// dispatcher in this process (turn off on nodes that should only serve pages).</summary>
    public bool Worker { get; set; } = true;
    /// <summary>How often the worker looks for unfinished steps when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How often the clock looks for reminders and escalations.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>A pause after each persisted step: for demonstrations and the test that kills the process mid-way.</summary>
    public TimeSpan PauseAfterStep { get; set; } = TimeSpan.Zero;
    /// <summary>Public form posts allowed per client address per window.</summary>
    public int IntakePermitLimit { get; set; } = 10;
    public TimeSpan IntakeWindow { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>The first retry delay of a webhook; each later one doubles.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Attempts after which a delivery has failed for good.</summary>
    public int WebhookMaxAttempts { get; set; } = 10;
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How often the dispatcher looks at the outbox when nothing woke it: for events other nodes
    /// queued (events queued here and retries falling due wake it on their own).</summary>
    public TimeSpan WebhookPollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
