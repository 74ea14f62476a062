using Markdig;

namespace Steward.Core.Notices;

/// <summary>Turns a stored notice into HTML. Raw HTML in the Markdown is not passed through.</summary>
public static class NoticeHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .UseGenericAttributes() // section anchors: ## Heading {#scope}
        .DisableHtml()
        .Build();

    public static string Render(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
