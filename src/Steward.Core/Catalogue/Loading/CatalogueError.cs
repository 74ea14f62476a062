namespace Steward.Core.Catalogue.Loading;

/// <summary>One mistake in a catalogue file, located as editors and compilers do.</summary>
public sealed record CatalogueError(string File, long Line, long Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
