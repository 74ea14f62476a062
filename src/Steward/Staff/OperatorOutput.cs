namespace Steward.Staff;

/// <summary>Where Steward prints what the person starting it must see (standard output): the
/// first administrator's set-up link.</summary>
public sealed class OperatorOutput(TextWriter writer)
{
    public TextWriter Writer { get; } = TextWriter.Synchronized(writer);
}
