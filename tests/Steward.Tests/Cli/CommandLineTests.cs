using Steward.Tests.Infrastructure;

namespace Steward.Tests.Cli;

/// <summary>The <c>steward</c> command line as an administrator meets it.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Catalogue_check_passes_a_valid_catalogue_and_exits_0()
    {
        var run = await CliRun.RunAsync("catalogue", "check", TestPaths.Sample("minimal.yaml"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid (1 sites", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Catalogue_check_names_every_mistake_and_exits_1()
    {
        using var temp = new TempFolder();
        var broken = File.ReadAllText(TestPaths.Sample("minimal.yaml"))
            .Replace("    legal_basis: contract", "    legal_bases: contract", StringComparison.Ordinal)
            .Replace("    region: eu", "    region: asia", StringComparison.Ordinal);
        var file = temp.File("broken.yaml");
        File.WriteAllText(file, broken);

        var run = await CliRun.RunAsync("catalogue", "check", file);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(file + ":", StringComparison.Ordinal) && l.Contains("unknown key 'legal_bases'"));
        Assert.Contains(lines, l => l.Contains("missing required key 'legal_basis'"));
        Assert.Contains(lines, l => l.Contains("unknown region 'asia'"));
        Assert.Contains($"{file}: 3 error(s)", run.Error);
    }

    [Fact]
    public async Task Catalogue_check_of_a_missing_file_says_so()
    {
        var run = await CliRun.RunAsync("catalogue", "check", "/nonexistent/policy.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("file not found", run.Error);
    }

    [Fact]
    public async Task Catalogue_notice_writes_the_notice_in_the_language_asked()
    {
        var zh = await CliRun.RunAsync("catalogue", "notice", TestPaths.Sample("minimal.yaml"), "--lang", "zh-CN");
        var en = await CliRun.RunAsync("catalogue", "notice", TestPaths.Sample("minimal.yaml"));
        Assert.Equal(0, zh.ExitCode);
        Assert.StartsWith("# 示例有限公司 · 隐私声明", zh.Output, StringComparison.Ordinal);
        Assert.Contains("请向我发送新闻简报。", zh.Output);
        Assert.StartsWith("# Example Ltd · Privacy notice", en.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_notice_refuses_a_language_the_site_does_not_offer()
    {
        var run = await CliRun.RunAsync("catalogue", "notice", TestPaths.Sample("minimal.yaml"), "--lang", "fr");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not 'fr'", run.Error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("catalogue", "chekc", "x.yaml")]
    [InlineData("catalogue", "check")]
    [InlineData("serve", "--colour", "blue")]
    [InlineData("migrate", "--now")]
    public async Task A_mistake_on_the_command_line_prints_usage_and_exits_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Output + run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("serve", "--help")]
    [InlineData("migrate", "--help")]
    [InlineData("catalogue", "check", "--help")]
    [InlineData("catalogue", "notice", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains(args.Length > 1 ? args[^2] : "Commands:", run.Output);
    }

    [Fact]
    public async Task Catalogue_default_prints_the_embedded_policy_which_checks_clean()
    {
        using var temp = new TempFolder();
        var run = await CliRun.RunAsync("catalogue", "default");
        Assert.Equal(0, run.ExitCode);
        var file = temp.File("mine.yaml");
        File.WriteAllText(file, run.Output);
        Assert.Equal(File.ReadAllText(TestPaths.DefaultCatalogue), run.Output);
        Assert.Equal(0, (await CliRun.RunAsync("catalogue", "check", file)).ExitCode);
    }
}
