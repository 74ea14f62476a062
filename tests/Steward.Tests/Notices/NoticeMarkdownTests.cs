using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Notices;

namespace Steward.Tests.Notices;

/// <summary>The notice's structure holds whatever the catalogue's text contains.</summary>
public sealed class NoticeMarkdownTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGenericAttributes().Build();

    [Fact]
    public void Lists_that_follow_each_other_stay_separate()
    {
        var catalogue = LoadedCatalogue.Load(null);
        var document = Markdown.Parse(new NoticeComposer(catalogue.Policy).Compose(catalogue.Policy.Sites[0], "en"), Pipeline);
        var scopesList = document.Descendants<ListBlock>().Single(l => Text(l).Contains(catalogue.Policy.InterestScopes[0].Name["en"], StringComparison.Ordinal));
        var statement = catalogue.Policy.Statements.First(s => s.Section == Core.Catalogue.Model.NoticeSection.Collection);
        Assert.DoesNotContain(statement.Name["en"], Text(scopesList), StringComparison.Ordinal);
        Assert.Equal(catalogue.Policy.InterestScopes.Count, scopesList.Count);
    }

    [Fact]
    public void A_pipe_in_catalogue_text_does_not_split_a_table_cell()
    {
        var catalogue = Sample(y => y.Replace("name: { en: Account management,", "name: { en: Account | management,", StringComparison.Ordinal));
        var document = Markdown.Parse(new NoticeComposer(catalogue.Policy).Compose(catalogue.Policy.Sites[0], "en"), Pipeline);
        var table = document.Descendants<Markdig.Extensions.Tables.Table>().First(t => Text(t).Contains("Account", StringComparison.Ordinal));
        Assert.All(table.OfType<Markdig.Extensions.Tables.TableRow>(), row => Assert.Equal(3, row.Count));
        Assert.Contains("Account | management", Text(table), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_catalogue_text_cannot_start_new_blocks()
    {
        var catalogue = Sample(y => y.Replace("name: { en: Newsletter, zh-CN: 新闻简报 }",
            "name: { en: Newsletter, zh-CN: 新闻简报 }\n    description: { en: \"Line one\\n\\n---\\n\\n1. injected\", zh-CN: 说明 }", StringComparison.Ordinal));
        var html = NoticeHtml.Render(new NoticeComposer(catalogue.Policy).Compose(catalogue.Policy.Sites[0], "en"));
        Assert.DoesNotContain("<hr", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.Matches(@"Line one\s+---\s+1\. injected", html);
    }

    [Theory]
    [InlineData("javascript:alert(document.domain)")]
    [InlineData("data:text/html,hi")]
    [InlineData("//evil.example/contact")]
    public void An_address_that_is_not_http_or_a_site_path_is_refused(string address)
    {
        var yaml = File.ReadAllText(Infrastructure.TestPaths.Sample("minimal.yaml")).Replace("web_form: /contact", $"web_form: \"{address}\"", StringComparison.Ordinal);
        var error = Assert.Single(CatalogueLoader.Load(yaml, "minimal.yaml").Errors);
        Assert.Contains("is not an http(s) address or a path of the site", error.Message);
        Assert.DoesNotContain("href", NoticeHtml.Render(MarkdownWriter.Link("contact", address)), StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_have_the_same_anchor_in_every_language()
    {
        var catalogue = LoadedCatalogue.Load(null);
        var composer = new NoticeComposer(catalogue.Policy);
        string[] Anchors(string lang) =>
            [.. Markdown.Parse(composer.Compose(catalogue.Policy.Sites[0], lang), Pipeline).Descendants<HeadingBlock>()
                .Where(h => h.Level == 2).Select(h => h.GetAttributes().Id ?? "")];
        Assert.Equal(Anchors("en"), Anchors("zh-CN"));
        Assert.Equal(Enum.GetValues<Core.Catalogue.Model.NoticeSection>().Select(NoticeComposer.Anchor), Anchors("en"));
    }

    private static LoadedCatalogue Sample(Func<string, string> change)
    {
        var result = CatalogueLoader.Load(change(File.ReadAllText(Infrastructure.TestPaths.Sample("minimal.yaml"))), "sample.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return new LoadedCatalogue(result.Catalogue!, "sample.yaml");
    }

    private static string Text(MarkdownObject block) =>
        string.Concat(block.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
