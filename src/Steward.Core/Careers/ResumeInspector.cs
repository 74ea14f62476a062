using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Steward.Core.Careers;

/// <summary>Checks an uploaded résumé by its content, never its name: a PDF or a Word (.docx) file that
/// its library opens, within limits that keep a small file from expanding into a huge one (a PDF or
/// zip bomb), and gives its text.</summary>
public static class ResumeInspector
{
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>All compressed streams or parts of one file, expanded, may not exceed this.</summary>
    public const long MaxExpandedBytes = 64 * 1024 * 1024;
    public const int MaxPages = 50;
    public const int MaxZipEntries = 1000;
    /// <summary>Extracted text beyond this is cut off: enough for any résumé.</summary>
    public const int MaxTextLength = 100_000;

    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static ResumeCheck Inspect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0) return ResumeCheck.Fail(FormProblem.ResumeEmpty);
        if (content.Length > MaxBytes) return ResumeCheck.Fail(FormProblem.ResumeTooLarge);
        if (IsPdf(content)) return InspectPdf(content);
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8)) return InspectDocx(content);
        return ResumeCheck.Fail(FormProblem.ResumeWrongType);
    }

    // The header may follow a little junk (the PDF specification allows it within the first 1,024 bytes).
    private static bool IsPdf(byte[] content) => content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static ResumeCheck InspectPdf(byte[] content)
    {
        // Before the library touches the file: every stream it could inflate, inflated into a counter.
        if (PdfStreamsExpandBeyondLimit(content)) return ResumeCheck.Fail(FormProblem.ResumeBomb);
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages) return ResumeCheck.Fail(FormProblem.ResumeTooManyPages, MaxPages);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.AppendLine(ContentOrderTextExtractor.GetText(page));
                if (text.Length > MaxTextLength) break;
            }
            return ResumeCheck.Pass(PdfType, Cut(text.ToString()));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ResumeCheck.Fail(FormProblem.ResumeUnreadable);
        }
    }

    /// <summary>Finds each "stream ... endstream" of the raw file and inflates it as PdfPig would
    /// (deflate after the two-byte zlib header), counting bytes, until the limit is passed.</summary>
    internal static bool PdfStreamsExpandBeyondLimit(byte[] content)
    {
        var data = content.AsSpan();
        long expanded = 0;
        var position = 0;
        while (position < data.Length)
        {
            var found = data[position..].IndexOf("stream"u8);
            if (found < 0) break;
            var start = position + found;
            position = start + 6;
            if (start >= 3 && data.Slice(start - 3, 3).SequenceEqual("end"u8)) continue;
            var body = position;
            if (body < data.Length && data[body] == '\r') body++;
            if (body < data.Length && data[body] == '\n') body++;
            else if (body == position) continue; // "stream" inside some other word
            var end = data[body..].IndexOf("endstream"u8);
            var length = end < 0 ? data.Length - body : end;
            expanded += Inflated(content, body, length, MaxExpandedBytes - expanded);
            if (expanded > MaxExpandedBytes) return true;
            position = body + length;
        }
        return false;
    }

    private static long Inflated(byte[] content, int offset, int length, long budget)
    {
        if (length <= 2) return 0;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(content, offset + 2, length - 2, writable: false), CompressionMode.Decompress);
            return CountUpTo(deflate, budget);
        }
        catch (InvalidDataException)
        {
            return 0; // not deflate data: an image or another filter, which text extraction does not expand
        }
    }

    private static ResumeCheck InspectDocx(byte[] content)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
            {
                if (zip.Entries.Count > MaxZipEntries) return ResumeCheck.Fail(FormProblem.ResumeBomb);
                long expanded = 0;
                foreach (var entry in zip.Entries)
                {
                    // The declared size may lie, so each part is also inflated and counted.
                    if (entry.Length > MaxExpandedBytes - expanded) return ResumeCheck.Fail(FormProblem.ResumeBomb);
                    using var part = entry.Open();
                    expanded += CountUpTo(part, MaxExpandedBytes - expanded);
                    if (expanded > MaxExpandedBytes) return ResumeCheck.Fail(FormProblem.ResumeBomb);
                }
            }
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxExpandedBytes, AutoSave = false });
            if (document.DocumentType != DocumentFormat.OpenXml.WordprocessingDocumentType.Document) return ResumeCheck.Fail(FormProblem.ResumeWrongType);
            if (document.MainDocumentPart?.Document?.Body is not { } body) return ResumeCheck.Fail(FormProblem.ResumeUnreadable);
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                text.AppendLine(paragraph.InnerText);
                if (text.Length > MaxTextLength) break;
            }
            return ResumeCheck.Pass(DocxType, Cut(text.ToString()));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ResumeCheck.Fail(FormProblem.ResumeUnreadable);
        }
    }

    /// <summary>Reads the stream to its end or until more than <paramref name="budget"/> bytes came out.</summary>
    private static long CountUpTo(Stream stream, long budget)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > budget) break;
        }
        return total;
    }

    private static string Cut(string text)
    {
        text = text.Trim();
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength];
    }
}

/// <summary>The outcome of <see cref="ResumeInspector.Inspect"/>: the file's type and text, or what is wrong.</summary>
public sealed record ResumeCheck(string? ContentType, string? Text, FormProblem? Problem, int Limit = 0)
{
    public bool Passed => Problem is null;
    public static ResumeCheck Pass(string contentType, string text) => new(contentType, text, null);
    public static ResumeCheck Fail(FormProblem problem, int limit = 0) => new(null, null, problem, limit);
}
