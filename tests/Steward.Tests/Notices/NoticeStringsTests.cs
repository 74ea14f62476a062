using Steward.Core.Catalogue.Model;
using Steward.Core.Notices;

namespace Steward.Tests.Notices;

/// <summary>The notice's fixed wording has every entry in every language: the records' members are
/// required by the compiler, their dictionaries are checked here.</summary>
public sealed class NoticeStringsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Every_heading_and_every_named_value_has_its_wording(string language)
    {
        var s = NoticeStrings.For(language);
        Assert.Equal(language, s.Language);
        Assert.All(Enum.GetValues<NoticeSection>(), v => Assert.False(string.IsNullOrWhiteSpace(s.Headings[v])));
        Assert.All(Enum.GetValues<FlowKind>(), v => Assert.False(string.IsNullOrWhiteSpace(s.FlowHeadings[v])));
        Assert.All(Enum.GetValues<LegalBasis>(), v => Assert.False(string.IsNullOrWhiteSpace(s.Bases[v])));
        Assert.All(Enum.GetValues<RecipientKind>(), v => Assert.False(string.IsNullOrWhiteSpace(s.RecipientKinds[v])));
        Assert.All(Enum.GetValues<AgreementKind>(), v => Assert.False(string.IsNullOrWhiteSpace(s.Agreements[v])));
        Assert.All(Enum.GetValues<RetentionEvent>(), v => Assert.False(string.IsNullOrWhiteSpace(s.Events[v])));
        Assert.All(Enum.GetValues<RetentionAction>(), v => Assert.False(string.IsNullOrWhiteSpace(s.Actions[v])));
    }
}
