using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Storage;

namespace Steward.Core.Consent;

/// <summary>A consent receipt for one recorded choice, with the fields of the Kantara Initiative
/// consent receipt (v1.1) and ISO/IEC TS 27560: who controls the data, the principal (a pseudonymous
/// subject id), the notice shown (version, language, SHA-256), how and when the choice was made, and
/// the purpose with its legal basis and current state.</summary>
public sealed record ConsentReceipt(
    string Version,
    string ConsentReceiptId,
    string Jurisdiction,
    DateTimeOffset ConsentTimestamp,
    string CollectionMethod,
    string PiiPrincipalId,
    ConsentReceiptController PiiController,
    string? PolicyUrl,
    string? NoticeVersion,
    string? Language,
    string? NoticeSha256,
    string? Site,
    string? CollectionPoint,
    string? Reason,
    ConsentReceiptPurpose Purpose);

public sealed record ConsentReceiptController(string Name, string Email);

public sealed record ConsentReceiptPurpose(string Id, string Name, string LegalBasis, string Status, bool LiveNow);

/// <summary>A subject's consent history and the receipts of each record.</summary>
public sealed class ConsentReceipts(StewardDb db, LoadedCatalogue catalogue)
{
    public const string ReceiptVersion = "KI-CR-v1.1.0";

    /// <summary>Every record of the subject, oldest first: the full history (P6.5).</summary>
    public Task<List<ConsentRecord>> HistoryAsync(Guid subjectId, CancellationToken ct = default) =>
        db.Set<ConsentRecord>().AsNoTracking().Where(c => c.SubjectId == subjectId).OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>The latest record per purpose: the live state.</summary>
    public static IReadOnlyList<ConsentRecord> Live(IEnumerable<ConsentRecord> history) =>
        [.. history.GroupBy(c => c.Purpose).Select(g => g.Last()).OrderBy(c => c.Purpose, StringComparer.Ordinal)];

    /// <summary>The receipt of one of the subject's records; null when it is not theirs.</summary>
    public async Task<ConsentReceipt?> ReceiptAsync(Guid subjectId, long recordId, string language, Func<string, string> link, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var history = await HistoryAsync(subjectId, ct);
        if (history.FirstOrDefault(r => r.Id == recordId) is not { } record) return null;
        var live = history.Last(r => r.Purpose == record.Purpose);
        var purpose = catalogue.Policy.Purposes.FirstOrDefault(p => p.Id == record.Purpose);
        var site = record.Site is null ? null : catalogue.FindSite(record.Site);
        var organisation = catalogue.Policy.Organisation;
        return new ConsentReceipt(
            ReceiptVersion,
            $"{subjectId:n}-{record.Id}",
            Jurisdiction(site),
            record.RecordedAt,
            record.Channel.ToString(),
            subjectId.ToString(),
            new ConsentReceiptController(organisation.Name.In(language), organisation.Contact.Email),
            record.Site is null ? null : link(record.NoticeVersion is null ? $"/notice/{record.Site}?lang={language}" : $"/notice/{record.Site}/versions/{record.NoticeVersion}?lang={language}"),
            record.NoticeVersion, record.Language, record.NoticeSha256, record.Site, record.CollectionPoint, record.Reason,
            new ConsentReceiptPurpose(record.Purpose, purpose?.Name.In(language) ?? record.Purpose, purpose?.LegalBasis?.ToString() ?? "",
                record.Status.ToString(), live.Id == record.Id && record.Status == ConsentStatus.Given));
    }

    /// <summary>The catalogue region whose law the site's choices fall under.</summary>
    private static string Jurisdiction(Site? site) => site?.Region ?? "";
}
