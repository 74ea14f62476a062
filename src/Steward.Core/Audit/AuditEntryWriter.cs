using System.Buffers.Binary;

namespace Steward.Core.Audit;

/// <summary>Writes an entry's canonical bytes field by field (the format is described on
/// <see cref="AuditEncoding"/>). Text goes in as UTF-8, so verify can hash what the database holds
/// without decoding it first.</summary>
internal ref struct AuditEntryWriter
{
    private readonly Span<byte> _destination;

    public AuditEntryWriter(Span<byte> destination, long index, long utcTicks)
    {
        _destination = destination;
        destination[0] = AuditEncoding.EntryVersion;
        BinaryPrimitives.WriteInt64BigEndian(destination[1..], index);
        BinaryPrimitives.WriteInt64BigEndian(destination[9..], utcTicks);
        Length = 17;
    }

    public int Length { get; private set; }

    /// <summary>Bytes an entry takes beyond its texts: header, subject, and a presence byte and length per text.</summary>
    public const int FixedLength = 17 + 17 + 5 * 5;

    public void Null() => _destination[Length++] = 0;

    public void Text(scoped ReadOnlySpan<byte> utf8)
    {
        _destination[Length] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(_destination[(Length + 1)..], (uint)utf8.Length);
        utf8.CopyTo(_destination[(Length + 5)..]);
        Length += 5 + utf8.Length;
    }

    public void Subject(Guid? subject)
    {
        if (subject is not { } id)
        {
            Null();
            return;
        }
        _destination[Length] = 1;
        id.TryWriteBytes(_destination.Slice(Length + 1, 16), bigEndian: true, out _);
        Length += 17;
    }
}
