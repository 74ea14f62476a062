using System.CommandLine;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Notices;

namespace Steward.Cli;

internal static class CatalogueCommands
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("catalogue", "Check a policy catalogue, or read it as a notice");
        command.Subcommands.Add(Check(output, error));
        command.Subcommands.Add(Notice(output, error));
        command.Subcommands.Add(Default(output));
        return command;
    }

    private static Argument<FileInfo> FileArgument() => new("file") { Description = "The catalogue file (YAML)" };

    private static Command Check(TextWriter output, TextWriter error)
    {
        var file = FileArgument();
        var command = new Command("check", "Validate a catalogue and report every mistake as file:line:column: message");
        command.Arguments.Add(file);
        command.SetAction(parse =>
        {
            var result = CatalogueLoader.LoadFile(parse.GetRequiredValue(file).ToString());
            if (!result.IsValid)
            {
                foreach (var e in result.Errors) error.WriteLine(e);
                error.WriteLine($"{result.Source}: {result.Errors.Count} error(s)");
                return 1;
            }
            var p = result.Catalogue!;
            output.WriteLine($"{result.Source}: valid ({p.Sites.Count} sites, {p.Categories.Count} categories, {p.Purposes.Count} purposes, " +
                $"{p.Recipients.Count} recipients, {p.Retention.Count} retention rules, {p.CollectionPoints.Count} collection points, {p.Cookies.Count} cookies)");
            return 0;
        });
        return command;
    }

    private static Command Notice(TextWriter output, TextWriter error)
    {
        var file = FileArgument();
        var lang = new Option<string>("--lang") { Description = "Language of the notice: en or zh-CN", DefaultValueFactory = _ => "en" };
        var site = new Option<string>("--site") { Description = "Site whose notice to write (default: the first site)" };
        var command = new Command("notice", "Write the privacy notice a catalogue yields, as Markdown");
        command.Arguments.Add(file);
        command.Options.Add(lang);
        command.Options.Add(site);
        command.SetAction(parse =>
        {
            var result = CatalogueLoader.LoadFile(parse.GetRequiredValue(file).ToString());
            if (!result.IsValid)
            {
                foreach (var e in result.Errors) error.WriteLine(e);
                return 1;
            }
            var catalogue = new LoadedCatalogue(result.Catalogue!, result.Source);
            var siteId = parse.GetValue(site);
            var chosen = siteId is null ? catalogue.Policy.Sites.FirstOrDefault() : catalogue.FindSite(siteId);
            if (chosen is null)
            {
                error.WriteLine($"No site '{siteId}' in {result.Source}. Sites: {string.Join(", ", catalogue.Policy.Sites.Select(s => s.Id))}");
                return 1;
            }
            var language = parse.GetRequiredValue(lang);
            if (!catalogue.LanguagesOf(chosen).Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                error.WriteLine($"Site '{chosen.Id}' offers {string.Join(", ", catalogue.LanguagesOf(chosen))}, not '{language}'.");
                return 1;
            }
            output.Write(new NoticeComposer(catalogue.Policy).Compose(chosen, language));
            return 0;
        });
        return command;
    }

    private static Command Default(TextWriter output)
    {
        var command = new Command("default", "Print the embedded default catalogue, to start an organisation's own from it");
        command.SetAction(_ =>
        {
            using var stream = typeof(CatalogueLoader).Assembly.GetManifestResourceStream("Steward.Catalogue.default.yaml")!;
            using var reader = new StreamReader(stream);
            output.Write(reader.ReadToEnd());
            return 0;
        });
        return command;
    }
}
