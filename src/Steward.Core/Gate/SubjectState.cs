namespace Steward.Core.Gate;

/// <summary>What the gate needs to know about one subject, held in memory: their kind, and per
/// purpose whether they consented, restricted or objected; guardian consent and legal hold.
/// Changed only through <see cref="SubjectStateStore"/>, which persists each change first.</summary>
public sealed class SubjectState(int kindIndex, int purposeCount, bool juvenile)
{
    public int KindIndex { get; } = kindIndex;
    /// <summary>Below the age of consent of the subject's jurisdiction, whatever their kind (P7).</summary>
    public bool Juvenile { get; } = juvenile;
    public BitSet Consented { get; } = new(purposeCount);
    public BitSet Restricted { get; } = new(purposeCount);
    public BitSet Objected { get; } = new(purposeCount);
    public bool GuardianConsent { get; set; }
    public bool OnLegalHold { get; set; }
}
