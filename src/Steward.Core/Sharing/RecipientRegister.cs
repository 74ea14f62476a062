using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Storage;

namespace Steward.Core.Sharing;

/// <summary>What the privacy team enters to register a recipient.</summary>
public sealed record RecipientEntry(string Id, RecipientKind Kind, string NameEn, string NameZh, string Country,
    IReadOnlyList<string> Purposes, IReadOnlyList<string> Categories, IReadOnlyList<string> Grounds);

/// <summary>What the privacy team enters for an agreement on file.</summary>
public sealed record AgreementEntry(AgreementKind Kind, string? Reference, DateOnly SignedOn, DateOnly? ExpiresOn);

/// <summary>Registers recipients and their agreements, each checked against the catalogue; problems
/// come back by field, and a refused entry changes nothing.</summary>
public sealed partial class RecipientRegister(StewardDb db, LoadedCatalogue catalogue, IAuditTrail audit, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, string>> RegisterAsync(string actor, RecipientEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var problems = new Dictionary<string, string>();
        var policy = catalogue.Policy;
        if (!IdPattern().IsMatch(entry.Id)) problems["Id"] = "id";
        else if (policy.Recipients.Exists(r => r.Id == entry.Id) || await db.Set<RegisteredRecipient>().AnyAsync(r => r.Id == entry.Id, ct)) problems["Id"] = "taken";
        if (string.IsNullOrWhiteSpace(entry.NameEn) || entry.NameEn.Length > 200) problems["NameEn"] = "required";
        if (string.IsNullOrWhiteSpace(entry.NameZh) || entry.NameZh.Length > 200) problems["NameZh"] = "required";
        if (!CountryPattern().IsMatch(entry.Country)) problems["Country"] = "country";
        if (entry.Purposes.Count == 0 || entry.Purposes.Any(p => !policy.Purposes.Exists(x => x.Id == p))) problems["Purposes"] = "purposes";
        if (entry.Categories.Count == 0 || entry.Categories.Any(c => !policy.Categories.Exists(x => x.Id == c))) problems["Categories"] = "categories";
        if (entry.Grounds.Count == 0 || entry.Grounds.Any(g => !policy.Grounds.Exists(x => x.Id == g))) problems["Grounds"] = "grounds";
        if (problems.Count > 0) return problems;

        db.Set<RegisteredRecipient>().Add(new RegisteredRecipient
        {
            Id = entry.Id, Kind = entry.Kind, NameEn = entry.NameEn.Trim(), NameZh = entry.NameZh.Trim(), Country = entry.Country,
            Purposes = [.. entry.Purposes], Categories = [.. entry.Categories], Grounds = [.. entry.Grounds], RegisteredAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, "recipient.register", null, null, null, entry.Id), ct);
        return problems;
    }

    public async Task<IReadOnlyDictionary<string, string>> AddAgreementAsync(string actor, string recipientId, AgreementEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var problems = new Dictionary<string, string>();
        if (!await db.Set<RegisteredRecipient>().AnyAsync(r => r.Id == recipientId, ct)) problems["Recipient"] = "unknown";
        if (entry.ExpiresOn is { } expires && expires < entry.SignedOn) problems["ExpiresOn"] = "before";
        if (entry.Reference is { Length: > 300 }) problems["Reference"] = "long";
        if (problems.Count > 0) return problems;
        db.Set<RegisteredAgreement>().Add(new RegisteredAgreement
        {
            RecipientId = recipientId, Kind = entry.Kind, Reference = entry.Reference?.Trim(), SignedOn = entry.SignedOn, ExpiresOn = entry.ExpiresOn,
        });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, "recipient.agreement", null, null, entry.Kind.ToString(), recipientId), ct);
        return problems;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{1,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
