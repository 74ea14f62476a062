using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Sharing;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Requests;

/// <summary>Everything Steward holds on a person (P6.1, P2.7): every vault field, consents and their
/// history, restrictions and objections, the decisions the audit log recorded about them, the
/// disclosures (who received what, when and on which ground), and their requests; as JSON for machines and a page in the person's language, zipped. Built on demand from
/// the vault, so no copy of the data is kept outside it.</summary>
public sealed class AccessPackage(StewardDb db, RequestVault vault, LoadedCatalogue catalogue)
{
    public const string JsonName = "package.json";
    public const string HtmlName = "package.html";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<PackageContents> BuildAsync(Guid subjectId, ActorRef actor, DateTimeOffset now, CancellationToken ct = default)
    {
        var subject = await db.Set<DataSubject>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == subjectId, ct);
        var purpose = catalogue.Policy.Purposes.FirstOrDefault(p => p.Id == RequestVault.Purpose);
        var fields = await vault.ReadAllAsync(subjectId, purpose?.Categories ?? [], actor, ct);
        var consents = await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.SubjectId == subjectId).OrderBy(c => c.Id)
            .Select(c => new PackageConsent(c.Purpose, c.Status.ToString(), c.RecordedAt, c.Channel.ToString(), c.NoticeVersion)).ToListAsync(ct);
        var limits = await db.Set<ProcessingLimit>().AsNoTracking().Where(l => l.SubjectId == subjectId).OrderBy(l => l.Id)
            .Select(l => new PackageLimit(l.Purpose, l.Kind.ToString(), l.Since, l.LiftedAt)).ToListAsync(ct);
        var decisions = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.SubjectId == subjectId).OrderBy(e => e.Index)
            .Select(e => new PackageDecision(e.Index, e.Time, e.Actor, e.Action, e.Purpose, e.Decision, e.Reason)).ToListAsync(ct);
        var disclosures = await db.Set<Disclosure>().AsNoTracking().Where(d => d.SubjectId == subjectId).OrderBy(d => d.Id)
            .Select(d => new PackageDisclosure(d.At, d.Recipient, d.Categories, d.Purpose, d.Ground, d.Flow.ToString(), d.Origin, d.Mechanism, d.LegalReference))
            .ToListAsync(ct);
        var requests = await db.Set<RightsCase>().AsNoTracking().Where(c => c.SubjectId == subjectId).OrderBy(c => c.ReceivedAt)
            .Select(c => new PackageRequest(c.Reference, c.Kind.ToString(), c.Channel.ToString(), c.State.ToString(), c.ReceivedAt, c.DueAt, c.ClosedAt)).ToListAsync(ct);
        return new PackageContents(subjectId, subject?.Kind, subject?.CreatedAt, now,
            [.. fields.Select(f => new PackageField(f.Category, f.Name, f.Value))],
            consents, limits, decisions, disclosures, requests);
    }

    /// <summary>The zip a person downloads: package.json and package.html in their language.</summary>
    public async Task<byte[]> ZipAsync(PackageContents contents, string language)
    {
        ArgumentNullException.ThrowIfNull(contents);
        using var buffer = new MemoryStream();
        await using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(zip, JsonName, JsonSerializer.Serialize(contents, Json));
            await WriteAsync(zip, HtmlName, Html(contents, language));
        }
        return buffer.ToArray();
    }

    public string Html(PackageContents contents, string language)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var t = PackageText.For(language);
        var e = HtmlEncoder.Create(UnicodeRanges.All);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(t.Title)).Append("</title></head><body><main><h1>").Append(e.Encode(t.Title)).Append("</h1>");
        html.Append("<p>").Append(e.Encode(string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Intro,
            catalogue.Policy.Organisation.Name.In(language), contents.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)))).Append("</p>");
        Section(html, e, t.Fields, [t.Category, t.Name, t.Value], contents.Fields.Select(f => new[] { CategoryName(f.Category, language), f.Name, f.Value }));
        Section(html, e, t.Consents, [t.Purpose, t.Status, t.When, t.Channel], contents.Consents.Select(c => new[] { PurposeName(c.Purpose, language), c.Status, Day(c.RecordedAt), c.Channel }));
        Section(html, e, t.Limits, [t.Purpose, t.Status, t.When], contents.Limits.Select(l => new[] { PurposeName(l.Purpose, language), l.Kind, Day(l.Since) }));
        Section(html, e, t.Decisions, [t.When, t.Action, t.Purpose, t.Decision, t.Reason], contents.Decisions.Select(d => new[] { Day(d.Time), d.Action, d.Purpose is null ? "" : PurposeName(d.Purpose, language), d.Decision ?? "", d.Reason ?? "" }));
        Section(html, e, t.Disclosures, [t.When, t.Recipient, t.Categories, t.Purpose, t.Ground], contents.Disclosures.Select(d => new[]
        {
            Day(d.At), RecipientName(d.Recipient, language), string.Join(", ", d.Categories.Select(c => CategoryName(c, language))), PurposeName(d.Purpose, language),
            GroundName(d.Ground, language) + (d.LegalReference is null ? "" : $" ({d.LegalReference})") + (d.Mechanism is null ? "" : $" · {d.Mechanism}"),
        }));
        Section(html, e, t.Requests, [t.Reference, t.Kind, t.Status, t.When], contents.Requests.Select(r => new[] { r.Reference, r.Kind, r.State, Day(r.ReceivedAt) }));
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private string CategoryName(string id, string language) => catalogue.Policy.Categories.FirstOrDefault(c => c.Id == id)?.Name.In(language) ?? id;

    private string RecipientName(string id, string language) => catalogue.Policy.Recipients.FirstOrDefault(r => r.Id == id)?.Name.In(language) ?? id;

    private string GroundName(string id, string language) => catalogue.Policy.Grounds.FirstOrDefault(g => g.Id == id)?.Name.In(language) ?? id;

    private string PurposeName(string id, string language) => catalogue.Policy.Purposes.FirstOrDefault(p => p.Id == id)?.Name.In(language) ?? id;

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static void Section(StringBuilder html, HtmlEncoder e, string title, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<h2>").Append(e.Encode(title)).Append("</h2><table><thead><tr>");
        foreach (var header in headers) html.Append("<th>").Append(e.Encode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(e.Encode(cell)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static async Task WriteAsync(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text));
    }
}

public sealed record PackageContents(Guid Subject, string? SubjectKind, DateTimeOffset? Since, DateTimeOffset GeneratedAt,
    IReadOnlyList<PackageField> Fields, IReadOnlyList<PackageConsent> Consents, IReadOnlyList<PackageLimit> Limits,
    IReadOnlyList<PackageDecision> Decisions, IReadOnlyList<PackageDisclosure> Disclosures, IReadOnlyList<PackageRequest> Requests);

public sealed record PackageField(string Category, string Name, string Value);
public sealed record PackageConsent(string Purpose, string Status, DateTimeOffset RecordedAt, string Channel, string? NoticeVersion);
public sealed record PackageLimit(string Purpose, string Kind, DateTimeOffset Since, DateTimeOffset? LiftedAt);
public sealed record PackageDecision(long Index, DateTimeOffset Time, string Actor, string Action, string? Purpose, string? Decision, string? Reason);
/// <summary>One flow the sharing gate let out: when, to whom, which categories, for what, on which ground (and transfer mechanism).</summary>
public sealed record PackageDisclosure(DateTimeOffset At, string Recipient, IReadOnlyList<string> Categories, string Purpose, string Ground, string Flow,
    string Origin, string? Mechanism, string? LegalReference);
public sealed record PackageRequest(string Reference, string Kind, string Channel, string State, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? ClosedAt);

/// <summary>The words of the package's page.</summary>
public sealed record PackageText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Fields { get; init; }
    public required string Consents { get; init; }
    public required string Limits { get; init; }
    public required string Decisions { get; init; }
    public required string Requests { get; init; }
    public required string Disclosures { get; init; }
    public required string Recipient { get; init; }
    public required string Categories { get; init; }
    public required string Ground { get; init; }
    public required string Category { get; init; }
    public required string Name { get; init; }
    public required string Value { get; init; }
    public required string Purpose { get; init; }
    public required string Status { get; init; }
    public required string When { get; init; }
    public required string Channel { get; init; }
    public required string Action { get; init; }
    public required string Decision { get; init; }
    public required string Reason { get; init; }
    public required string Reference { get; init; }
    public required string Kind { get; init; }

    public static PackageText For(string language) => language == "zh-CN" ? Zh : En;

    public static readonly PackageText En = new()
    {
        Title = "Your personal information", Intro = "Everything {0} holds about you, as of {1}.",
        Fields = "Your information", Consents = "Your consents and their history", Limits = "Restrictions and objections",
        Decisions = "Uses of your information and decisions about it", Requests = "Your requests",
        Disclosures = "Who received your information", Recipient = "Recipient", Categories = "Information", Ground = "Ground",
        Category = "Category", Name = "Entry", Value = "Value", Purpose = "Purpose", Status = "Status", When = "When (UTC)",
        Channel = "How", Action = "What", Decision = "Decision", Reason = "Reason", Reference = "Reference", Kind = "Request",
    };

    public static readonly PackageText Zh = new()
    {
        Title = "您的个人信息", Intro = "截至 {1}，{0} 持有的关于您的全部信息。",
        Fields = "您的信息", Consents = "您的同意及其历史", Limits = "限制处理与反对处理",
        Decisions = "对您信息的使用及相关决定", Requests = "您的请求",
        Disclosures = "您的信息提供给了谁", Recipient = "接收方", Categories = "信息", Ground = "依据",
        Category = "类别", Name = "条目", Value = "内容", Purpose = "目的", Status = "状态", When = "时间（UTC）",
        Channel = "方式", Action = "操作", Decision = "决定", Reason = "原因", Reference = "编号", Kind = "请求",
    };
}
