using Steward.Core.Background;

namespace Steward.Core.Requests;

/// <summary>Wakes the request worker when a case is ready for a step, so it need not wait for its next round.</summary>
public sealed class RequestSignal : WakeSignal;
