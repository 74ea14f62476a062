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
        var writer = new AuditEntryWriter(destination, index, time.UtcTicks);
        Text(ref writer, record.Actor);
        Text(ref writer, record.Action);
        writer.Subject(record.SubjectId);
        Text(ref writer, record.Purpose);
        Text(ref writer, record.Decision);
        Text(ref writer, record.Reason);
        return writer.Length;
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

    private static void Text(ref AuditEntryWriter writer, string? value)
    {
        if (value is null)
        {
            writer.Null();
            return;
        }
        var length = Utf8.GetByteCount(value);
        var utf8 = length <= 512 ? stackalloc byte[length] : new byte[length];
        Utf8.GetBytes(value, utf8);
        writer.Text(utf8);
    }
}
