using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Checks the whole log from the stored rows alone: every entry's leaf hash against its
/// fields, the index sequence, every checkpoint's root against the tree the entries make, and every
/// checkpoint's signature. Entries are streamed, in index order, never held all at once.</summary>
public sealed class AuditVerifier(StewardDb db)
{
    private const string EntriesQuery =
        """SELECT "Index", "Time", "Actor", "Action", "SubjectId", "Purpose", "Decision", "Reason", "LeafHash" FROM audit_entries ORDER BY "Index" """;

    /// <param name="trustedKeyIds">Keys whose signatures count; null to accept any key stored in the
    /// database (then only the signatures' consistency with those keys is checked).</param>
    public async Task<AuditVerification> VerifyAsync(IReadOnlySet<string>? trustedKeyIds, CancellationToken cancellationToken = default)
    {
        var keys = await db.Set<AuditKey>().AsNoTracking().ToListAsync(cancellationToken);
        var checkpoints = await db.Set<AuditCheckpoint>().AsNoTracking().OrderBy(c => c.TreeSize).ToListAsync(cancellationToken);
        // Signatures do not depend on the entries: check them on another core while the entries stream.
        var signatures = Task.Run(() => AuditSignatureCheck.Run(checkpoints, keys, trustedKeyIds), cancellationToken);

        var (entries, streamFailure) = await StreamEntriesAsync(checkpoints, cancellationToken);
        var signatureFailure = await signatures;

        // Report whichever comes first in the log: entry i sits before checkpoint i + 1, which sits before entry i + 1.
        var failure = new[] { streamFailure, signatureFailure }.Where(f => f is not null).MinBy(f => Position(f!));
        var usedKeys = checkpoints.Select(c => c.KeyId).Distinct().ToList();
        var trusted = trustedKeyIds is not null && usedKeys.All(trustedKeyIds.Contains);
        return new AuditVerification(entries, checkpoints.Count, checkpoints.LastOrDefault(), usedKeys, trusted, failure);
    }

    private static long Position(AuditFailure failure) =>
        failure.Kind == AuditFailureKind.Entry ? 2 * failure.Index : 2 * failure.Index - 1;

    private async Task<(long Entries, AuditFailure? Failure)> StreamEntriesAsync(List<AuditCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        var nextCheckpoint = 0;
        if (checkpoints.FirstOrDefault(c => c.TreeSize <= 0) is { } empty)
            return (0, new AuditFailure(AuditFailureKind.Checkpoint, empty.TreeSize, "a checkpoint must cover at least one entry"));

        var readTime = TimeReader();
        var range = new CompactRange();
        var buffer = new byte[4096];
        var stored = new byte[MerkleTree.HashSize + 1];
        var leaf = new byte[MerkleTree.HashSize];

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = EntriesQuery;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var expected = range.Size;
                var index = reader.GetInt64(0);
                if (index != expected)
                {
                    var problem = index > expected ? "is missing (the next stored entry is " + index + ")" : "is stored twice";
                    return (expected, new AuditFailure(AuditFailureKind.Entry, index > expected ? expected : index, problem));
                }

                int length;
                int storedLength;
                try
                {
                    var time = readTime(reader);
                    var record = new AuditRecord(reader.GetString(2), reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetGuid(4), Text(reader, 5), Text(reader, 6), Text(reader, 7));
                    var needed = AuditEncoding.EntryLength(record) + 1;
                    if (needed > buffer.Length) buffer = new byte[needed * 2];
                    buffer[0] = 0; // RFC 6962 leaf prefix
                    length = 1 + AuditEncoding.WriteEntry(buffer.AsSpan(1), index, time, record);
                    storedLength = reader.IsDBNull(8) ? 0 : (int)reader.GetBytes(8, 0, stored, 0, stored.Length);
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or DecoderFallbackException)
                {
                    return (expected, new AuditFailure(AuditFailureKind.Entry, index, "cannot be read: " + e.Message));
                }

                SHA256.HashData(buffer.AsSpan(0, length), leaf);
                if (storedLength != MerkleTree.HashSize || !leaf.AsSpan().SequenceEqual(stored.AsSpan(0, MerkleTree.HashSize)))
                    return (expected, new AuditFailure(AuditFailureKind.Entry, index, "its leaf hash does not match its fields"));
                range.Append(leaf);

                if (nextCheckpoint < checkpoints.Count && checkpoints[nextCheckpoint].TreeSize == range.Size)
                {
                    var checkpoint = checkpoints[nextCheckpoint++];
                    if (!range.Root().AsSpan().SequenceEqual(checkpoint.RootHash))
                        return (range.Size, new AuditFailure(AuditFailureKind.Checkpoint, checkpoint.TreeSize, "its root hash does not match the tree of the entries"));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (nextCheckpoint < checkpoints.Count)
        {
            var beyond = checkpoints[nextCheckpoint];
            return (range.Size, new AuditFailure(AuditFailureKind.Checkpoint, beyond.TreeSize, $"it covers {beyond.TreeSize} entries, but the log holds {range.Size}"));
        }
        return (range.Size, null);
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>Reads the time column as the provider stores it: SQLite through Steward's value converter
    /// (an integer), PostgreSQL as timestamptz.</summary>
    private Func<DbDataReader, DateTimeOffset> TimeReader()
    {
        var converter = db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(nameof(AuditEntry.Time))!.GetTypeMapping().Converter;
        return converter is null
            ? reader => reader.GetFieldValue<DateTimeOffset>(1)
            : reader => (DateTimeOffset)converter.ConvertFromProvider(reader.GetValue(1))!;
    }
}
