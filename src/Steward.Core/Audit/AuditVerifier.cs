using System.Threading.Channels;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Checks the whole log from the stored rows alone: every entry's leaf hash against its
/// fields, the index sequence, every checkpoint's root against the tree the entries make, and every
/// checkpoint's signature. Entries are streamed in index order, a few thousand at a time.</summary>
/// <remarks>Three things run at once, one per core where there are: reading rows into canonical bytes,
/// hashing them into the tree, and checking signatures.</remarks>
public sealed class AuditVerifier(StewardDb db)
{
    private const int ChunksInFlight = 4;

    /// <param name="trustedKeyIds">Keys whose signatures count; null to accept any key stored in the
    /// database (then only the signatures' consistency with those keys is checked).</param>
    public async Task<AuditVerification> VerifyAsync(IReadOnlySet<string>? trustedKeyIds, CancellationToken cancellationToken = default)
    {
        var keys = await AuditRows.KeysAsync(db, cancellationToken);
        var checkpoints = await AuditRows.CheckpointsAsync(db, cancellationToken);
        var signatures = Task.Run(() => AuditSignatureCheck.Run(checkpoints, keys, trustedKeyIds), cancellationToken);

        var (entries, treeFailure) = await CheckTreeAsync(checkpoints, cancellationToken);
        var signatureFailure = await signatures;

        // Report whichever comes first in the log: entry i sits before checkpoint i + 1, which sits before entry i + 1.
        var failure = new[] { treeFailure, signatureFailure }.Where(f => f is not null).MinBy(f => Position(f!));
        var usedKeys = checkpoints.Select(c => c.KeyId).Distinct().ToList();
        var trusted = trustedKeyIds is not null && usedKeys.All(trustedKeyIds.Contains);
        return new AuditVerification(entries, checkpoints.Count, checkpoints.LastOrDefault(), usedKeys, trusted, failure);
    }

    private static long Position(AuditFailure failure) =>
        failure.Kind == AuditFailureKind.Entry ? 2 * failure.Index : 2 * failure.Index - 1;

    private async Task<(long Entries, AuditFailure? Failure)> CheckTreeAsync(List<AuditCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        if (checkpoints.FirstOrDefault(c => c.TreeSize <= 0) is { } empty)
            return (0, new AuditFailure(AuditFailureKind.Checkpoint, empty.TreeSize, "a checkpoint must cover at least one entry"));

        var emptyChunks = Channel.CreateUnbounded<AuditEntryChunk>();
        for (var i = 0; i < ChunksInFlight; i++) emptyChunks.Writer.TryWrite(new AuditEntryChunk());
        var fullChunks = Channel.CreateBounded<AuditEntryChunk>(ChunksInFlight);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        AuditEntryRows rows = db.Database.ProviderName == StewardDb.SqliteProvider ? new SqliteAuditEntryRows(db) : new AdoAuditEntryRows(db);
        var reading = Task.Run(() => rows.ReadAsync(emptyChunks.Reader, fullChunks.Writer, stop.Token), stop.Token);

        var result = await HashAsync(fullChunks.Reader, emptyChunks.Writer, checkpoints, cancellationToken);
        // On a failure the rest need not be read.
        if (result.Failure is not null) await stop.CancelAsync();
        try
        {
            await reading;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Stopped on purpose.
        }
        return result;
    }

    /// <summary>Adds the chunk's entries to the tree, checking each leaf hash and each checkpoint's root on the way.</summary>
    private static AuditFailure? HashChunk(AuditEntryChunk chunk, CompactRange range, byte[] leaf, List<AuditCheckpoint> checkpoints, ref int nextCheckpoint)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            MerkleTree.Sha256(chunk.LeafInput(i), leaf);
            if (!chunk.StoredHashIs(i, leaf))
                return new AuditFailure(AuditFailureKind.Entry, chunk.FirstIndex + i, "its leaf hash does not match its fields");
            range.Append(leaf);
            if (nextCheckpoint < checkpoints.Count && checkpoints[nextCheckpoint].TreeSize == range.Size)
            {
                var checkpoint = checkpoints[nextCheckpoint++];
                if (!range.Root().AsSpan().SequenceEqual(checkpoint.RootHash))
                    return new AuditFailure(AuditFailureKind.Checkpoint, checkpoint.TreeSize, "its root hash does not match the tree of the entries");
            }
        }
        return null;
    }

    private static async Task<(long Entries, AuditFailure? Failure)> HashAsync(
        ChannelReader<AuditEntryChunk> full, ChannelWriter<AuditEntryChunk> empty, List<AuditCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        var range = new CompactRange();
        var leaf = new byte[MerkleTree.HashSize];
        var nextCheckpoint = 0;
        await foreach (var chunk in full.ReadAllAsync(cancellationToken))
        {
            if ((HashChunk(chunk, range, leaf, checkpoints, ref nextCheckpoint) ?? chunk.Failure) is { } failure) return (range.Size, failure);
            empty.TryWrite(chunk);
        }

        if (nextCheckpoint < checkpoints.Count)
        {
            var beyond = checkpoints[nextCheckpoint];
            return (range.Size, new AuditFailure(AuditFailureKind.Checkpoint, beyond.TreeSize, $"it covers {beyond.TreeSize} entries, but the log holds {range.Size}"));
        }
        return (range.Size, null);
    }
}
