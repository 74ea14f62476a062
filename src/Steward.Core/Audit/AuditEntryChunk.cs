namespace Steward.Core.Audit;

/// <summary>Consecutive entries as read for verify: each entry's canonical bytes behind the RFC 6962
/// leaf prefix (0x00), back to back, with the leaf hash stored beside it. Reused, so that reading a
/// million entries allocates a few buffers rather than a million.</summary>
internal sealed class AuditEntryChunk
{
    public const int Capacity = 4096;

    private readonly int[] _ends = new int[Capacity];
    private readonly byte[] _storedHashes = new byte[Capacity * MerkleTree.HashSize];
    private readonly bool[] _storedHashFits = new bool[Capacity];
    private byte[] _bytes = new byte[Capacity * 256];
    private int _used;

    public long FirstIndex { get; private set; }
    public int Count { get; private set; }
    public bool Full => Count == Capacity;

    /// <summary>Where the source stopped, after the entries of this chunk: a gap, or a row it could not read.</summary>
    public AuditFailure? Failure { get; set; }

    public void Reset(long firstIndex)
    {
        FirstIndex = firstIndex;
        Count = 0;
        _used = 0;
        Failure = null;
    }

    /// <summary>Room for the next entry's bytes, at most <paramref name="maxLength"/> long.</summary>
    public Span<byte> Next(int maxLength)
    {
        if (_used + 1 + maxLength > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + 1 + maxLength));
        _bytes[_used] = 0; // RFC 6962 leaf prefix
        return _bytes.AsSpan(_used + 1, maxLength);
    }

    /// <summary>Keeps the entry just written by <see cref="Next"/>, <paramref name="length"/> bytes long.</summary>
    public void Commit(int length, ReadOnlySpan<byte> storedHash)
    {
        _used += 1 + length;
        _ends[Count] = _used;
        _storedHashFits[Count] = storedHash.Length == MerkleTree.HashSize;
        if (_storedHashFits[Count]) storedHash.CopyTo(_storedHashes.AsSpan(Count * MerkleTree.HashSize));
        Count++;
    }

    /// <summary>The leaf-prefixed bytes of entry <paramref name="i"/> of the chunk.</summary>
    public ReadOnlySpan<byte> LeafInput(int i)
    {
        var start = i == 0 ? 0 : _ends[i - 1];
        return _bytes.AsSpan(start, _ends[i] - start);
    }

    public bool StoredHashIs(int i, ReadOnlySpan<byte> hash) =>
        _storedHashFits[i] && hash.SequenceEqual(_storedHashes.AsSpan(i * MerkleTree.HashSize, MerkleTree.HashSize));
}
