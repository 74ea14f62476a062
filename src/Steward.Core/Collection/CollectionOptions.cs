namespace Steward.Core.Collection;

/// <summary>Settings of the collection points (<c>Steward:Collection</c>).</summary>
public sealed class CollectionOptions
{
    public const string Section = "Steward:Collection";

    /// <summary>Days a juvenile's registration waits for a guardian before it is erased (P7.3).</summary>
    public int GuardianWaitDays { get; set; } = 7;
    /// <summary>How often the sweep looks for registrations that waited too long.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Posts to registration and sign-up forms one client may make per window.</summary>
    public int IntakePermitLimit { get; set; } = 10;
    public TimeSpan IntakeWindow { get; set; } = TimeSpan.FromMinutes(10);
}
