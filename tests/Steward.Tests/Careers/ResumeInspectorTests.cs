using Steward.Core.Careers;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Steward.Tests.Careers;

/// <summary>The résumé check on its own: types by content, text out of real files, limits on pages and expansion.</summary>
public sealed class ResumeInspectorTests
{
    [Fact]
    public void A_real_pdf_and_a_real_word_file_pass_with_their_text_whatever_their_names()
    {
        var pdf = ResumeInspector.Inspect(TestDocuments.Pdf("Functional safety", "AUTOSAR classic"));
        Assert.True(pdf.Passed);
        Assert.Equal(ResumeInspector.PdfType, pdf.ContentType);
        Assert.Contains("AUTOSAR classic", pdf.Text, StringComparison.Ordinal);

        var docx = ResumeInspector.Inspect(TestDocuments.Docx("第一段", "Second paragraph"));
        Assert.True(docx.Passed);
        Assert.Equal(ResumeInspector.DocxType, docx.ContentType);
        Assert.Equal("第一段\nSecond paragraph", docx.Text!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_pdf_of_more_than_fifty_pages_is_refused_by_its_page_count()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < ResumeInspector.MaxPages + 1; i++)
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText($"Page {i}", 12, new UglyToad.PdfPig.Core.PdfPoint(60, 700), font);

        var check = ResumeInspector.Inspect(builder.Build());

        Assert.Equal(FormProblem.ResumeTooManyPages, check.Problem);
        Assert.Equal(ResumeInspector.MaxPages, check.Limit);
    }

    [Fact]
    public void Compressed_content_just_under_the_limit_passes_the_bomb_check_and_just_over_it_does_not()
    {
        Assert.False(ResumeInspector.PdfStreamsExpandBeyondLimit(TestDocuments.PdfBomb(megabytes: 60)));
        Assert.True(ResumeInspector.PdfStreamsExpandBeyondLimit(TestDocuments.PdfBomb(megabytes: 65)));
        Assert.Equal(FormProblem.ResumeBomb, ResumeInspector.Inspect(TestDocuments.DocxBomb(megabytes: 65)).Problem);
    }
}
