namespace Steward.Tests.Infrastructure;

/// <summary>Where the repository's files are, found from the test binary's folder.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DefaultCatalogue => Path.Combine(RepositoryRoot, "catalogue", "default.yaml");

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "tests", "Steward.Tests", "Catalogue", "Samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Steward.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (Steward.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A folder that is deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("steward-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a process still holding a file; the OS cleans temp */ }
    }
}
