using System.Buffers.Binary;
using System.Text;

namespace Steward.Tests.Audit;

/// <summary>Reads an entry's canonical bytes as the format is documented (AuditEncoding), written here
/// from the description rather than by calling Steward, so that tests check the format itself.</summary>
internal sealed record CanonicalEntry(long Index, long UtcTicks, string? Actor, string? Action, Guid? SubjectId, string? Purpose, string? Decision, string? Reason)
{
    public static CanonicalEntry Read(byte[] bytes)
    {
        Assert.Equal(1, bytes[0]);
        var at = 1;
        var index = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(at));
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(at + 8));
        at += 16;
        var actor = Text(bytes, ref at);
        var action = Text(bytes, ref at);
        Guid? subject = null;
        if (bytes[at++] == 1)
        {
            subject = new Guid(bytes.AsSpan(at, 16), bigEndian: true);
            at += 16;
        }
        var entry = new CanonicalEntry(index, ticks, actor, action, subject, Text(bytes, ref at), Text(bytes, ref at), Text(bytes, ref at));
        Assert.Equal(bytes.Length, at); // nothing follows the last field
        return entry;
    }

    private static string? Text(byte[] bytes, ref int at)
    {
        if (bytes[at++] == 0) return null;
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
        var text = Encoding.UTF8.GetString(bytes, at + 4, length);
        at += 4 + length;
        return text;
    }
}
