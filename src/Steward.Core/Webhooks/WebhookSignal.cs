using Steward.Core.Background;

namespace Steward.Core.Webhooks;

/// <summary>Wakes the webhook dispatcher when this process puts an event in the outbox.</summary>
public sealed class WebhookSignal : WakeSignal;
