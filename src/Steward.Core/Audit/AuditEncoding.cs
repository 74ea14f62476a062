using System.Buffers.Binary;
using System.Text;

namespace Steward.Core.Audit;

/// <summary>The exact bytes that are hashed (an entry) and signed (a checkpoint). Fixed forever for a
/// given version byte: verify recomputes them from the stored fields.</summary>
/// <remarks>
/// Entry, version 1: <c>0x01</c>, index (int64 big-endian), time (UTC ticks, int64 big-endian), then
/// actor, action, subject id, purpose, decision, reason. A text field is a presence byte (0 = null,
/// 1 = present) then, when present, its UTF-8 length (uint32 big-endian) and its UTF-8 bytes; the
/// subject id is a presence byte then its 16 bytes in RFC 4122 (big-endian) order. Nothing else: the
/// record type has no field for personal data, so the log cannot hold any.
/// </remarks>
public static class AuditEncoding
{
    public const byte EntryVersion = 1;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Prefix of the signed checkpoint statement; the rest is binary.</summary>
    public static ReadOnlySpan<byte> CheckpointHeader => "steward audit checkpoint v1\n"u8;

    public static byte[] EntryBytes(long index, DateTimeOffset time, AuditRecord record)
    {
        var bytes = new byte[EntryLength(record)];
        WriteEntry(bytes, index, time, record);
        return bytes;
    }

    public static int EntryLength(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return 1 + 8 + 8 + TextLength(record.Actor) + TextLength(record.Action) + 1 + (record.SubjectId is null ? 0 : 16)
            + TextLength(record.Purpose) + TextLength(record.Decision) + TextLength(record.Reason);
    }

    /// <summary>Writes the entry's bytes at the start of <paramref name="destination"/> and returns how many.</summary>
    public static int WriteEntry(Span<byte> destination, long index, DateTimeOffset time, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        destination[0] = EntryVersion;
        BinaryPrimitives.WriteInt64BigEndian(destination[1..], index);
        BinaryPrimitives.WriteInt64BigEndian(destination[9..], time.UtcTicks);
        var at = 17;
        at += WriteText(destination[at..], record.Actor);
        at += WriteText(destination[at..], record.Action);
        if (record.SubjectId is { } subject)
        {
            destination[at++] = 1;
            subject.TryWriteBytes(destination.Slice(at, 16), bigEndian: true, out _);
            at += 16;
        }
        else
        {
            destination[at++] = 0;
        }
        at += WriteText(destination[at..], record.Purpose);
        at += WriteText(destination[at..], record.Decision);
        at += WriteText(destination[at..], record.Reason);
        return at;
    }

    /// <summary>What a checkpoint's signature covers: header, tree size (int64 big-endian), root hash
    /// (32 bytes), time (UTC ticks, int64 big-endian).</summary>
    public static byte[] CheckpointBytes(long treeSize, ReadOnlySpan<byte> rootHash, DateTimeOffset time)
    {
        var header = CheckpointHeader;
        var bytes = new byte[header.Length + 8 + rootHash.Length + 8];
        header.CopyTo(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(header.Length), treeSize);
        rootHash.CopyTo(bytes.AsSpan(header.Length + 8));
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(header.Length + 8 + rootHash.Length), time.UtcTicks);
        return bytes;
    }

    private static int TextLength(string? value) => value is null ? 1 : 1 + 4 + Utf8.GetByteCount(value);

    private static int WriteText(Span<byte> destination, string? value)
    {
        if (value is null)
        {
            destination[0] = 0;
            return 1;
        }
        destination[0] = 1;
        var length = Utf8.GetBytes(value, destination[5..]);
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
        return 5 + length;
    }
}
