using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Sharing;

/// <summary>An export the receiver cannot re-identify (P4.5): each subject becomes an HMAC-SHA256
/// pseudonym under a key only Steward holds, direct identifiers are refused, and every row passes
/// the sharing gate with the form "pseudonymised", which the disclosure record keeps.</summary>
public sealed class PseudonymisedExport(SharingGate gate, VaultReader vault, StewardDb db)
{
    /// <summary>Categories that name or reach a person directly; they never leave in a pseudonymised export.</summary>
    public static readonly IReadOnlyList<string> DirectIdentifiers =
    [
        "identity.name", "identity.family_relations", "contact", "account.login_id", "account.credentials",
        "technical.online_id", "technical.cookie_id", "application.resume", "correspondence",
    ];

    public async Task<PseudonymisedRows> ExportAsync(ActorRef actor, IReadOnlyList<Guid> subjects, IReadOnlyList<string> categories,
        string purpose, string recipient, string ground, FlowKind flow, string origin, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.FirstOrDefault(IsDirectIdentifier) is { } direct)
            throw new ArgumentException($"'{direct}' identifies a person directly and cannot be part of a pseudonymised export.", nameof(categories));

        var key = await KeyForAsync(recipient, ct);
        var rows = new List<PseudonymisedRow>();
        var denied = new List<(Guid, string)>();
        foreach (var subject in subjects)
        {
            var outcome = await gate.DecideAsync(new OutboundFlow(actor, subject, categories, purpose, recipient, ground, flow, origin, DataForm.Pseudonymised), ct);
            if (outcome.Grant is null) { denied.Add((subject, outcome.Decision.Reason)); continue; }
            var values = await vault.ReadAsync(outcome.Grant, subject, [.. categories], ct);
            rows.Add(new PseudonymisedRow(Pseudonym(key, subject), [.. values.Select(v => new PseudonymisedValue(v.Category, v.Name, v.Value))]));
        }
        return new PseudonymisedRows(rows, denied);
    }

    public static bool IsDirectIdentifier(string category) => SharingRules.Covers(DirectIdentifiers, category);

    public static string Pseudonym(byte[] key, Guid subject) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, subject.ToByteArray()))[..32];

    private async Task<byte[]> KeyForAsync(string recipient, CancellationToken ct)
    {
        if (await db.Set<PseudonymKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Recipient == recipient, ct) is { } existing) return existing.Key;
        db.Set<PseudonymKey>().Add(new PseudonymKey { Recipient = recipient, Key = RandomNumberGenerator.GetBytes(32) });
        await db.SaveChangesAsync(ct);
        return (await db.Set<PseudonymKey>().AsNoTracking().FirstAsync(k => k.Recipient == recipient, ct)).Key;
    }
}

public sealed record PseudonymisedValue(string Category, string Name, string Value);
public sealed record PseudonymisedRow(string Pseudonym, IReadOnlyList<PseudonymisedValue> Values);
/// <param name="Denied">Subjects the gate refused, with the reason; nothing of theirs is in the rows.</param>
public sealed record PseudonymisedRows(IReadOnlyList<PseudonymisedRow> Rows, IReadOnlyList<(Guid Subject, string Reason)> Denied);
