namespace Steward.Staff;

/// <summary>Settings of staff sign-in: the "Steward:Staff" section.</summary>
public sealed class StaffOptions
{
    public const string Section = "Steward:Staff";

    /// <summary>How long the first administrator's set-up link works.</summary>
    public TimeSpan SetupLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long an invitation link works.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Wrong passwords or codes in a row before an account is locked.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in, two-factor and set-up form posts allowed from one client address per window.</summary>
    public int SignInPermitLimit { get; set; } = 10;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The address staff reach Steward at (e.g. https://privacy.example.com), used in the
    /// printed set-up link; empty for the address Steward listens on.</summary>
    public string? PublicUrl { get; set; }

    internal IEnumerable<string> Problems()
    {
        if (SetupLinkLifetime <= TimeSpan.Zero) yield return $"{Section}:SetupLinkLifetime must be positive.";
        if (InvitationLifetime <= TimeSpan.Zero) yield return $"{Section}:InvitationLifetime must be positive.";
        if (MaxFailedAccessAttempts < 1) yield return $"{Section}:MaxFailedAccessAttempts must be at least 1.";
        if (LockoutDuration <= TimeSpan.Zero) yield return $"{Section}:LockoutDuration must be positive.";
        if (SignInPermitLimit < 1) yield return $"{Section}:SignInPermitLimit must be at least 1.";
        if (SignInWindow <= TimeSpan.Zero) yield return $"{Section}:SignInWindow must be positive.";
        if (!string.IsNullOrEmpty(PublicUrl) && !Uri.TryCreate(PublicUrl, UriKind.Absolute, out _)) yield return $"{Section}:PublicUrl must be an absolute address.";
    }
}
