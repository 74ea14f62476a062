using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Steward.Tests.Careers;

/// <summary>Résumés made in the test: real PDF and Word files from their libraries, and the hostile
/// files an attacker would send instead.</summary>
internal static class TestDocuments
{
    /// <summary>A one-page PDF with these lines, written by PdfPig.</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new UglyToad.PdfPig.Core.PdfPoint(60, y), font);
            y -= 20;
        }
        return builder.Build();
    }

    /// <summary>A Word document with one paragraph per line, written by the Open XML SDK.</summary>
    public static byte[] Docx(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A small PDF whose page content inflates to <paramref name="megabytes"/> MB.</summary>
    public static byte[] PdfBomb(int megabytes = 200)
    {
        var content = Deflated(megabytes);
        var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        Write($"4 0 obj << /Length {content.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(content);
        Write("\nendstream\nendobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>A real Word document with one extra part that inflates to <paramref name="megabytes"/> MB.</summary>
    public static byte[] DocxBomb(int megabytes = 200)
    {
        var stream = new MemoryStream();
        stream.Write(Docx("An ordinary résumé"));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("customXml/item1.xml", CompressionLevel.SmallestSize);
            using var part = entry.Open();
            WriteZeros(part, megabytes);
        }
        return stream.ToArray();
    }

    /// <summary>A Windows executable's first bytes, as a file named résumé.pdf would carry them.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        "MZ\u0090\0"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A PDF header followed by noise: right magic, but no library can open it.</summary>
    public static byte[] BrokenPdf() => [.. "%PDF-1.7\n"u8, .. Executable()];

    /// <summary>A zip file that is not a Word document.</summary>
    public static byte[] PlainZip()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("not a résumé");
        }
        return stream.ToArray();
    }

    private static byte[] Deflated(int megabytes)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) WriteZeros(zlib, megabytes);
        return output.ToArray();
    }

    private static void WriteZeros(Stream stream, int megabytes)
    {
        var chunk = new byte[1024 * 1024];
        for (var i = 0; i < megabytes; i++) stream.Write(chunk);
    }
}
