namespace Steward.Tests.Infrastructure;

/// <summary>
/// The machine's PostgreSQL server programs (initdb, pg_ctl), run as an unprivileged user when the
/// tests run as root, because PostgreSQL refuses to run as root.
/// </summary>
internal sealed class PgTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private PgTools(string binDirectory, string? runAsUser, string runuserPath)
    {
        BinDirectory = binDirectory;
        RunAsUser = runAsUser;
        RunuserPath = runuserPath;
    }

    public string BinDirectory { get; }

    /// <summary>The user the server runs as, or null to run it as the current user.</summary>
    public string? RunAsUser { get; }

    private string RunuserPath { get; }

    public static async Task<PgTools> LocateAsync()
    {
        var binDirectory = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL server programs (initdb, pg_ctl) were not found on PATH nor in " +
            "/usr/lib/postgresql/*/bin. Run ./test.sh from the repository root: it installs them.");
        if (!Environment.IsPrivilegedProcess)
        {
            return new PgTools(binDirectory, null, "");
        }

        var runuserPath = FindExecutable("runuser", ["/usr/sbin", "/sbin"]) ?? throw new InvalidOperationException(
            "Tests run as root, and PostgreSQL must run as another user through `runuser`, which was not " +
            "found. Run ./test.sh from the repository root: it installs it (package util-linux).");
        var user = await UserExistsAsync("postgres") ? "postgres" : "nobody";
        return new PgTools(binDirectory, user, runuserPath);
    }

    /// <summary>The argument list that runs a PostgreSQL program as <see cref="RunAsUser"/>.</summary>
    public (string FileName, List<string> Arguments) Command(string program, IEnumerable<string> arguments)
    {
        var path = Path.Combine(BinDirectory, program);
        return RunAsUser is null
            ? (path, [.. arguments])
            : (RunuserPath, ["-u", RunAsUser, "--", path, .. arguments]);
    }

    public Task<string> RunAsync(string workingDirectory, string program, params string[] arguments)
    {
        var (fileName, commandArguments) = Command(program, arguments);
        return ProcessRunner.RunAsync(fileName, commandArguments, workingDirectory, Timeout);
    }

    /// <summary>Gives the folder to the server's user, so that initdb (run as that user) can write in it.</summary>
    public async Task HandOverAsync(string directory)
    {
        if (RunAsUser is not null)
        {
            await ProcessRunner.RunAsync("chown", [RunAsUser, directory], directory, Timeout);
        }
    }

    private static string? FindBinDirectory()
    {
        // initdb on PATH may be a symlink; pg_ctl next to it is the same version.
        var onPath = FindExecutable("initdb", []);
        if (onPath is not null && File.Exists(Path.Combine(Path.GetDirectoryName(onPath)!, "pg_ctl")))
        {
            return Path.GetDirectoryName(onPath);
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(debianRoot)
            .Select(version => (Version: int.TryParse(Path.GetFileName(version), out var number) ? number : -1,
                Bin: Path.Combine(version, "bin")))
            .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "initdb"))
                && File.Exists(Path.Combine(candidate.Bin, "pg_ctl")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    private static string? FindExecutable(string name, IEnumerable<string> extraDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(extraDirectories)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<bool> UserExistsAsync(string user)
    {
        try
        {
            await ProcessRunner.RunAsync("id", ["-u", user], "/", Timeout);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
