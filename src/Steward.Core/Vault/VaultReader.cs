using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Storage;

namespace Steward.Core.Vault;

/// <summary>Reads personal data, only against an <see cref="AccessGrant"/> that the gate made, and
/// finds subjects by email or telephone through the blind index (ids only, no personal data).</summary>
public sealed class VaultReader(StewardDb db, KeySource keys)
{
    /// <summary>The subject's fields that the grant covers; with <paramref name="categories"/>, only
    /// those (a category covers its children), and every one must be covered. Refuses a grant for
    /// another subject.</summary>
    public async Task<IReadOnlyList<VaultValue>> ReadAsync(AccessGrant grant, Guid subjectId, IReadOnlyCollection<string>? categories = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.SubjectId != subjectId) throw new VaultAccessDeniedException($"The grant is for subject {grant.SubjectId:n}, not {subjectId:n}.");
        var uncovered = categories?.Where(c => !grant.Covers(c)).ToList();
        if (uncovered is { Count: > 0 }) throw new VaultAccessDeniedException($"The grant for {grant.Purpose} does not cover {string.Join(", ", uncovered)}.");

        var key = await db.Set<SubjectKey>().AsNoTracking().SingleOrDefaultAsync(k => k.SubjectId == subjectId, cancellationToken)
            ?? throw new SubjectNotFoundException(subjectId, await db.Set<DataSubject>().AnyAsync(s => s.Id == subjectId, cancellationToken));
        var fields = await db.Set<VaultField>().AsNoTracking().Where(f => f.SubjectId == subjectId)
            .OrderBy(f => f.Category).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var wanted = fields.Where(f => grant.Covers(f.Category) && (categories is null || categories.Any(c => Within(f.Category, c)))).ToList();
        if (wanted.Count == 0) return [];

        var dataKey = VaultCrypto.Unwrap(keys.Kek(key.KekVersion), key.KekVersion, subjectId, key.KeyVersion, key.WrappedKey);
        try
        {
            using var cipher = new FieldCipher(dataKey, subjectId, key.KeyVersion);
            return wanted.ConvertAll(f => new VaultValue(f.Category, Open(cipher, f), f.Name));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Subjects with this email address, compared trimmed and lower-cased.</summary>
    public Task<List<Guid>> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        FindAsync(BlindIndex.Email(keys.Ring.IndexKey, email), cancellationToken);

    /// <summary>Subjects with this telephone number, compared in E.164 (national numbers of China, or
    /// any number written with its country code).</summary>
    public Task<List<Guid>> FindByTelephoneAsync(string telephone, CancellationToken cancellationToken = default) =>
        FindAsync(BlindIndex.Telephone(keys.Ring.IndexKey, telephone), cancellationToken);

    private async Task<List<Guid>> FindAsync(byte[]? hash, CancellationToken cancellationToken) =>
        hash is null ? [] : await db.Set<VaultLookup>().Where(l => l.Hash == hash).Select(l => l.SubjectId).Distinct().ToListAsync(cancellationToken);

    private static bool Within(string category, string requested) =>
        category == requested || category.StartsWith(requested + ".", StringComparison.Ordinal);

    private static string Open(FieldCipher cipher, VaultField field)
    {
        try
        {
            return cipher.Open(field.Category, field.Name, field.Ciphertext);
        }
        catch (CryptographicException e)
        {
            throw new VaultIntegrityException($"The {field.Category} field of subject {field.SubjectId:n} does not open under its key: it was moved or altered.", e);
        }
    }
}
