using Steward.Core.Background;

namespace Steward.Core.Marketing;

/// <summary>Wakes this node's campaign sender when a campaign is queued here, so it need not poll fast.
/// Other nodes learn of it from their slow poll.</summary>
public sealed class CampaignSignal : WakeSignal;
